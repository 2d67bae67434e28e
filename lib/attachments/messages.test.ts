import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl";
import en from "../../messages/en/attachments.json";
import zh from "../../messages/zh-CN/attachments.json";
import { MAX_FILE_MB, MAX_FILES } from "./limits";
import { ATTACHMENT_ERRORS } from "./schema";

// Every message with the values the code passes, so a missing or misspelt placeholder fails here
// rather than showing a raw key to a user.
const uses: [string, Record<string, string | number>?][] = [
  ["attachments.label"],
  ["attachments.hint", { max: MAX_FILES, maxMb: MAX_FILE_MB }],
  ["attachments.chosen"],
  ["attachments.clear"],
  ["attachments.listLabel"],
  ["attachments.none"],
  ["attachments.download"],
  ["attachments.downloadName", { name: "报告.pdf" }],
  ["attachments.opensInNewTab"],
  ["attachments.hintOne", { maxMb: MAX_FILE_MB }],
  ["attachments.hintDownscale"],
  ["attachments.takePhoto"],
  ["attachments.remove", { name: "现场.png" }],
  ["attachments.waiting"],
  ["attachments.imagesLabel"],
  ["attachments.status.preparing"],
  ["attachments.status.ready", { size: "12 KB" }],
  ["attachments.status.shrunk", { from: "4.2 MB", to: "380 KB" }],
  ["attachments.status.uploading"],
  ["attachments.status.done"],
  ["attachments.status.error"],
  ["attachments.checklist.hint"],
  ["attachments.checklist.submit"],
  ["attachments.checklist.fileFor", { item: "身份证" }],
  ["attachments.checklist.replaceFor", { item: "身份证" }],
  ["attachments.errors.noneChosen"],
  ["attachments.kinds.image"],
  ["attachments.kinds.pdf"],
  ["attachments.sizes.bytes", { size: 512 }],
  ["attachments.sizes.kb", { size: 12 }],
  ["attachments.sizes.mb", { size: 2.5 }],
  [ATTACHMENT_ERRORS.invalid],
  [ATTACHMENT_ERRORS.tooMany, { max: MAX_FILES }],
  [ATTACHMENT_ERRORS.tooLarge, { name: "大图.jpg", maxMb: MAX_FILE_MB }],
  [ATTACHMENT_ERRORS.empty, { name: "空.pdf" }],
  [ATTACHMENT_ERRORS.type, { name: "photo.jpg" }],
];

describe.each([
  ["zh-CN", zh],
  ["en", en],
])("attachment messages in %s", (locale, messages) => {
  const errors: unknown[] = [];
  const t = createTranslator({ locale, messages, onError: (e) => errors.push(e) });

  it.each(uses)("%s formats with the values the code passes", (key, values) => {
    const text = t(key as never, values as never);
    expect(errors).toEqual([]);
    expect(text).not.toBe(key);
    for (const v of Object.values(values ?? {})) if (typeof v === "string") expect(text).toContain(v);
  });

  it("formats sizes as numbers of the locale", () => {
    expect(t("attachments.sizes.kb" as never, { size: 1234 } as never)).toBe("1,234 KB");
  });
});
