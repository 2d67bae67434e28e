import { describe, expect, it } from "vitest";
import { sniffMimeType } from "./sniff";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? Array.from(p, (c) => c.charCodeAt(0)) : p)));
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const ftyp = (major: string, ...compatible: string[]) =>
  bytes(u32(16 + 4 * compatible.length), "ftyp", major, [0, 0, 0, 0], ...compatible);

describe("sniffMimeType", () => {
  it.each([
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF"), "image/jpeg"],
    ["PNG", bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], "IHDR"), "image/png"],
    ["GIF87a", bytes("GIF87a", [1, 0, 1, 0]), "image/gif"],
    ["GIF89a", bytes("GIF89a", [1, 0, 1, 0]), "image/gif"],
    ["WebP", bytes("RIFF", u32(0x1a000000), "WEBPVP8 "), "image/webp"],
    ["PDF", bytes("%PDF-1.7\n%âãÏÓ\n"), "application/pdf"],
    ["HEIC", ftyp("heic", "mif1", "heic"), "image/heic"],
    ["HEIF with a HEIC brand", ftyp("mif1", "mif1", "heic"), "image/heic"],
  ])("recognises %s", (_name, input, expected) => {
    expect(sniffMimeType(input)).toBe(expected);
  });

  it.each([
    ["plain text", bytes("hello, this is not a photo")],
    ["an empty file", bytes()],
    ["a truncated PNG signature", bytes([0x89], "PNG")],
    ["RIFF audio", bytes("RIFF", u32(1000), "WAVEfmt ")],
    ["SVG (can run scripts)", bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["HTML", bytes("<!DOCTYPE html><html>")],
    ["a PDF signature after other bytes", bytes("<html>%PDF-1.4")],
    ["AVIF", ftyp("avif", "mif1", "avif")],
    ["generic HEIF without a HEIC brand", ftyp("mif1", "mif1", "avif")],
    ["MP4 video", ftyp("isom", "isom", "mp41")],
    ["a ZIP archive", bytes("PK", [3, 4, 20, 0])],
  ])("refuses %s", (_name, input) => {
    expect(sniffMimeType(input)).toBeNull();
  });

  it("ignores brands beyond the declared ftyp box", () => {
    const input = bytes(u32(16), "ftyp", "mif1", [0, 0, 0, 0], "heic");
    expect(sniffMimeType(input)).toBeNull();
  });
});
