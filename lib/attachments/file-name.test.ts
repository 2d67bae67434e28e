import { describe, expect, it } from "vitest";
import { MAX_FILE_NAME_CHARS, sanitizeFileName } from "./file-name";

describe("sanitizeFileName", () => {
  it("keeps ordinary Chinese and English names", () => {
    expect(sanitizeFileName("现场照片 1.JPG", "image/jpeg")).toBe("现场照片 1.JPG");
    expect(sanitizeFileName("report.pdf", "application/pdf")).toBe("report.pdf");
  });

  it("drops folders that some browsers send along", () => {
    expect(sanitizeFileName("C:\\Users\\王\\Desktop\\隐患.png", "image/png")).toBe("隐患.png");
    expect(sanitizeFileName("../../etc/passwd.pdf", "application/pdf")).toBe("passwd.pdf");
  });

  it("removes control and bidi characters and header-breaking quotes", () => {
    expect(sanitizeFileName("a\r\nb\u0000.png", "image/png")).toBe("ab.png");
    expect(sanitizeFileName("photo\u202egpj.pdf", "application/pdf")).toBe("photogpj.pdf");
    expect(sanitizeFileName('say "hi".png', "image/png")).toBe("say _hi_.png");
  });

  it("adds the ending of the real type when the name claims another", () => {
    expect(sanitizeFileName("scan.jpg", "application/pdf")).toBe("scan.jpg.pdf");
    expect(sanitizeFileName("合同", "application/pdf")).toBe("合同.pdf");
    expect(sanitizeFileName("photo.jpeg", "image/jpeg")).toBe("photo.jpeg");
  });

  it("names a nameless or dot-only file", () => {
    expect(sanitizeFileName("", "image/png")).toBe("attachment.png");
    expect(sanitizeFileName("...", "image/gif")).toBe("attachment.gif");
    expect(sanitizeFileName(".htaccess", "image/png")).toBe("htaccess.png");
  });

  it("shortens long names by characters, keeping the ending", () => {
    const name = sanitizeFileName(`${"长".repeat(150)}${"😀".repeat(100)}.pdf`, "application/pdf");
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_CHARS);
    expect(name.endsWith(".pdf")).toBe(true);
    expect(name.isWellFormed()).toBe(true);
  });
});
