import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MAX_FILE_BYTES, MAX_FILES } from "./limits";
import { attachmentFilesSchema, attachmentIdSchema, issueValues } from "./schema";

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name, { type: "image/png" });
const issues = (value: unknown) => {
  const result = attachmentFilesSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ message: i.message, values: issueValues(i), path: i.path }));
};

describe("attachmentFilesSchema", () => {
  it("normalises absent, single and several files to a list", () => {
    const a = file("a.png");
    const b = file("照片.png");
    expect(attachmentFilesSchema.parse(undefined)).toEqual([]);
    expect(attachmentFilesSchema.parse(a)).toEqual([a]);
    expect(attachmentFilesSchema.parse([a, b])).toEqual([a, b]);
  });

  it("drops the empty part an unused file input posts", () => {
    expect(attachmentFilesSchema.parse(new File([], ""))).toEqual([]);
  });

  it("accepts exactly the limits", () => {
    const files = Array.from({ length: MAX_FILES }, (_, i) => file(`${i}.png`, MAX_FILE_BYTES));
    expect(attachmentFilesSchema.parse(files)).toHaveLength(MAX_FILES);
  });

  it("refuses too many files, naming the maximum", () => {
    const files = Array.from({ length: MAX_FILES + 1 }, (_, i) => file(`${i}.png`));
    expect(issues(files)).toEqual([{ message: "attachments.errors.tooMany", values: { max: MAX_FILES }, path: [] }]);
  });

  it("refuses a file over the size limit, naming it", () => {
    expect(issues([file("ok.png"), file("大图.png", MAX_FILE_BYTES + 1)])).toEqual([
      { message: "attachments.errors.tooLarge", values: { name: "大图.png", maxMb: 10 }, path: [] },
    ]);
  });

  it("refuses an empty file, naming it", () => {
    expect(issues(file("empty.pdf", 0))).toEqual([
      { message: "attachments.errors.empty", values: { name: "empty.pdf" }, path: [] },
    ]);
  });

  it("refuses values that are not files", () => {
    expect(issues("../../etc/passwd")).toEqual([
      { message: "attachments.errors.invalid", values: undefined, path: [] },
    ]);
    expect(issues([file("a.png"), { name: "x", size: 1 }])).toHaveLength(1);
  });

  it("reports its issues on the form field when nested", () => {
    const form = z.object({ attachments: attachmentFilesSchema });
    const result = form.safeParse({ attachments: file("x.png", 0) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["attachments"]);
    expect(form.parse({})).toEqual({ attachments: [] });
  });
});

describe("attachmentIdSchema", () => {
  it("accepts cuids and refuses anything path-like", () => {
    expect(attachmentIdSchema.safeParse("cmabc123xyz0000abcd").success).toBe(true);
    for (const bad of ["", "../x", "a/b", "a.b", "x".repeat(65)])
      expect(attachmentIdSchema.safeParse(bad).success).toBe(false);
  });
});

describe("an unused file input", () => {
  it('means no file, whether its part is named "" or "undefined"', () => {
    expect(attachmentFilesSchema.parse(new File([], ""))).toEqual([]);
    expect(attachmentFilesSchema.parse(new File([], "undefined"))).toEqual([]);
  });
});
