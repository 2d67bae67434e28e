import { describe, expect, it } from "vitest";
import { readSheet } from "../../spreadsheet/read-sheet.ts";
import { mapHeaders, rowValues } from "./columns.ts";
import { isTemplateSample, SAMPLE_MARK } from "./sample.ts";
import { importTemplate } from "./template.ts";

describe("importTemplate", () => {
  it("has every required header and one example row", async () => {
    const { header, rows } = await readSheet(await importTemplate({ workstation: "ws-nev" }));
    expect(mapHeaders(header).missing).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.cells).toContain("ws-nev");
  });

  it("marks its example row so that the import recognises and skips it", async () => {
    const { header, rows } = await readSheet(await importTemplate({ workstation: "ws-nev" }));
    const values = rowValues(rows[0]!.cells, mapHeaders(header).columns);
    expect(values.name?.startsWith(SAMPLE_MARK)).toBe(true);
    expect(isTemplateSample(values)).toBe(true);
    expect(isTemplateSample({ ...values, name: "青岛恒润精工有限公司" })).toBe(true);
    expect(isTemplateSample({ name: "青岛恒润精工有限公司", creditCode: "91370285MA7QW00012" })).toBe(false);
  });
});
