import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ATTACHMENT_ERRORS, fileProblems } from "./file-checks";
import { attachmentFilesSchema } from "./schema";
import { MAX_FILE_BYTES, MAX_FILE_MB, MAX_FILES } from "./limits";

const file = (name: string, size: number) => new File([new Uint8Array(size)], name);

describe("the checks of chosen files", () => {
  it("names too many files first, then each empty or too large one", () => {
    const files = [
      file("a.png", 10),
      file("空.pdf", 0),
      file("大图.jpg", MAX_FILE_BYTES + 1),
      ...Array(MAX_FILES).fill(file("x.png", 1)),
    ];
    expect(fileProblems(files)).toEqual([
      { message: ATTACHMENT_ERRORS.tooMany, params: { max: MAX_FILES } },
      { message: ATTACHMENT_ERRORS.empty, params: { name: "空.pdf" } },
      { message: ATTACHMENT_ERRORS.tooLarge, params: { name: "大图.jpg", maxMb: MAX_FILE_MB } },
    ]);
    expect(fileProblems([file("a.png", MAX_FILE_BYTES)])).toEqual([]);
  });

  it("are the server schema's own issues", () => {
    const files = [file("空.pdf", 0), file("大图.jpg", MAX_FILE_BYTES + 1)];
    const parsed = attachmentFilesSchema.safeParse(files);
    expect(
      parsed.error?.issues.map((i) => ({ message: i.message, params: (i as { params?: unknown }).params })),
    ).toEqual(fileProblems(files));
  });

  it("stay free of zod, which the browser's file input would otherwise carry to every page with a photo field", () => {
    const importsOf = (file: string) =>
      [...readFileSync(path.join(import.meta.dirname, file), "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
    expect(importsOf("file-checks.ts")).toEqual(["./errors.ts", "./limits.ts"]);
    expect(importsOf("errors.ts")).toEqual([]);
    for (const browserFile of ["file-input.tsx", "prepare-file.ts"])
      expect(importsOf(`../../components/attachments/${browserFile}`)).not.toContainEqual(
        expect.stringMatching(/^(zod|@\/lib\/attachments\/schema)$/),
      );
  });
});
