import { IndustryCluster } from "@/lib/domain/enums";
import { CODE_MAX } from "@/lib/organisation/schemas";
import type { UnitField } from "./unit-form";

type T = (key: string) => string;

const codeField = (t: T): UnitField => ({
  kind: "text",
  name: "code",
  required: true,
  maxLength: CODE_MAX,
  hint: t("fields.codeHint"),
  mono: true,
});

const nameFields: UnitField[] = [
  { kind: "text", name: "name", required: true, maxLength: 50 },
  { kind: "text", name: "nameEn", maxLength: 100 },
];

/** The fields of each kind of unit's form, in the order they are shown; the server's schema has the same names. */
export function stationFields(t: T): UnitField[] {
  return [
    ...nameFields,
    codeField(t),
    { kind: "text", name: "phone", maxLength: 30, type: "tel" },
    { kind: "text", name: "address", maxLength: 200 },
  ];
}

export function workstationFields(t: T, stations?: { value: string; label: string }[]): UnitField[] {
  return [
    ...nameFields,
    codeField(t),
    ...(stations
      ? [
          {
            kind: "select",
            name: "stationId",
            required: true,
            options: stations,
            empty: t("fields.chooseStation"),
          } as const,
        ]
      : []),
    { kind: "text", name: "park", required: true, maxLength: 50 },
    { kind: "text", name: "parkEn", maxLength: 100 },
    {
      kind: "select",
      name: "cluster",
      required: true,
      options: Object.values(IndustryCluster).map((c) => ({ value: c, label: t(`clusters.${c}`) })),
      empty: t("fields.chooseCluster"),
    },
    { kind: "text", name: "address", maxLength: 200 },
  ];
}

export function departmentFields(t: T): UnitField[] {
  return [...nameFields, codeField(t)];
}

/** A unit's current values for its form's fields only, so nothing else of the row reaches the browser. */
export function initialValues(fields: UnitField[], unit: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.name, String(unit[f.name] ?? "")]));
}
