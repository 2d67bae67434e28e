import { describe, expect, it } from "vitest";
import { readSheet } from "../../spreadsheet/read-sheet.ts";
import { mapHeaders } from "./columns.ts";
import { importTemplate } from "./template.ts";

describe("importTemplate", () => {
  it("has every required header and one example row", async () => {
    const { header, rows } = await readSheet(await importTemplate({ workstation: "ws-nev" }));
    expect(mapHeaders(header).missing).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.cells).toContain("ws-nev");
  });
});
