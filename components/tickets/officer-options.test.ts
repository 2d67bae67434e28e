import { describe, expect, it } from "vitest";
import { officerOptions } from "./officer-options";

type Unit = { name: string; nameEn: string | null };

const east: Unit = { name: "东区派出所", nameEn: "East Station" };
const west: Unit = { name: "西区派出所", nameEn: null };
const legal: Unit = { name: "法制大队", nameEn: "Legal Affairs" };
const officer = (id: string, station: Unit | null, department: Unit | null = null) => ({
  id,
  name: `民警${id}`,
  nameEn: `Officer ${id}`,
  station,
  department,
});

describe("officerOptions", () => {
  const officers = [
    officer("1", east),
    officer("2", west),
    officer("3", east),
    officer("4", null, legal),
    officer("5", null),
  ];

  it("puts each officer under their station, or their department without one, units in order of first officer", () => {
    expect(officerOptions(officers, "zh-CN")).toEqual({
      options: [{ value: "5", label: "民警5" }],
      groups: [
        {
          label: "东区派出所",
          options: [
            { value: "1", label: "民警1" },
            { value: "3", label: "民警3" },
          ],
        },
        { label: "西区派出所", options: [{ value: "2", label: "民警2" }] },
        { label: "法制大队", options: [{ value: "4", label: "民警4" }] },
      ],
    });
  });

  it("reads English names where they exist, and leaves out the current assignee", () => {
    const { groups } = officerOptions(officers, "en", "3");
    expect(groups.map((g) => [g.label, g.options.map((o) => o.label)])).toEqual([
      ["East Station", ["Officer 1"]],
      ["西区派出所", ["Officer 2"]],
      ["Legal Affairs", ["Officer 4"]],
    ]);
  });
});
