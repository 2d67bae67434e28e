// Before/after of an audit row as a list of changed fields, ready to be put in words: values keep
// their meaning (a date, a status of this kind of record, a user named by id) instead of raw JSON.
// Pure: names of referenced rows are filled in afterwards by `resolveReferences`.
import { maskMobile } from "../validation/mobile.ts";
import { maskResidentId } from "../validation/resident-id.ts";
import {
  ENUM_FIELDS,
  KIND_MESSAGES,
  PERSONAL_FIELDS,
  REFERENCE_FIELDS,
  STATUS_MESSAGES,
  TECHNICAL_FIELDS,
  USER_FIELDS,
  type ReferenceKind,
} from "./catalog.ts";

export type AuditValue =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "bool"; value: boolean }
  | { kind: "date"; iso: string }
  | { kind: "enum"; namespace: string; value: string }
  | { kind: "ref"; ref: ReferenceKind; id: string }
  | { kind: "named"; name: string; nameEn: string }
  /** A reference to a row the viewer's county does not hold (or no longer holds). */
  | { kind: "unknown" }
  /** Personal data the viewer may not read in full, already masked. */
  | { kind: "masked"; text: string }
  | { kind: "list"; items: AuditValue[] }
  | { kind: "object"; entries: { field: string; value: AuditValue }[] };

export type FieldChange = { field: string; before: AuditValue; after: AuditValue };

export type DiffOptions = {
  /** The record kind, which says where the words for `status` and `kind` live. */
  entity: string;
  /** Whether the viewer reads identity and phone numbers in full; masked otherwise. */
  fullPersonalData: boolean;
};

const EMPTY: AuditValue = { kind: "empty" };
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
/** An 18-character resident identity number inside free text (a note, a reason). */
const ID_IN_TEXT = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;

const isIdNumberField = (field: string) => (PERSONAL_FIELDS.idNumber as readonly string[]).includes(field);
const isPhoneField = (field: string) => (PERSONAL_FIELDS.phone as readonly string[]).includes(field);

function referenceKind(field: string): ReferenceKind | null {
  if (USER_FIELDS.includes(field)) return "user";
  for (const [kind, fields] of Object.entries(REFERENCE_FIELDS) as [ReferenceKind, readonly string[]][]) {
    if (fields.includes(field)) return kind;
  }
  return null;
}

function enumNamespace(field: string, entity: string): string | null {
  if (field === "status") return STATUS_MESSAGES[entity] ?? null;
  if (field === "kind") return KIND_MESSAGES[entity] ?? null;
  return ENUM_FIELDS[field] ?? null;
}

/** One stored JSON value as a readable value, knowing which field (and which kind of record) it belongs to. */
export function auditValue(field: string, value: unknown, options: DiffOptions): AuditValue {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (Array.isArray(value)) return { kind: "list", items: value.map((item) => auditValue(field, item, options)) };
  if (typeof value === "object") {
    return {
      kind: "object",
      entries: Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !TECHNICAL_FIELDS.includes(key))
        .map(([key, v]) => ({ field: key, value: auditValue(key, v, options) })),
    };
  }
  if (typeof value === "boolean") return { kind: "bool", value };
  if (typeof value === "number") return { kind: "number", value };
  const text = String(value);
  if (!options.fullPersonalData) {
    if (isIdNumberField(field)) return { kind: "masked", text: maskResidentId(text) };
    if (isPhoneField(field)) return { kind: "masked", text: maskMobile(text) };
  }
  const ref = referenceKind(field);
  if (ref) return { kind: "ref", ref, id: text };
  const namespace = enumNamespace(field, options.entity);
  if (namespace) return { kind: "enum", namespace, value: text };
  if (ISO_INSTANT.test(text) && !Number.isNaN(Date.parse(text))) return { kind: "date", iso: text };
  if (!options.fullPersonalData) {
    const masked = text.replace(ID_IN_TEXT, (id) => maskResidentId(id));
    if (masked !== text) return { kind: "masked", text: masked };
  }
  return { kind: "text", text };
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

// PostgreSQL's jsonb stores object keys in one canonical order, so equal values serialise equally.
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields an audit row changed, in the order the row stores them: every key of `after` (and
 * of `before` alone) whose value differs, without bookkeeping fields such as the row version. A
 * creation has no `before`, so each of its fields shows as new; a row whose before and after are
 * both empty (a read, a comment) changes no fields.
 */
export function changedFields(before: unknown, after: unknown, options: DiffOptions): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys
    .filter((key) => !TECHNICAL_FIELDS.includes(key) && !same(b[key], a[key]))
    .map((field) => ({
      field,
      before: auditValue(field, b[field], options),
      after: auditValue(field, a[field], options),
    }));
}

/** The references a list of changes names, by kind, to look up at once. */
export function referencesIn(changes: readonly FieldChange[]): Map<ReferenceKind, Set<string>> {
  const out = new Map<ReferenceKind, Set<string>>();
  const visit = (value: AuditValue) => {
    if (value.kind === "ref") {
      if (!out.has(value.ref)) out.set(value.ref, new Set());
      out.get(value.ref)!.add(value.id);
    } else if (value.kind === "list") value.items.forEach(visit);
    else if (value.kind === "object") value.entries.forEach((e) => visit(e.value));
  };
  for (const change of changes) {
    visit(change.before);
    visit(change.after);
  }
  return out;
}

export type NameLookup = (ref: ReferenceKind, id: string) => { name: string; nameEn: string } | undefined;

/** The changes with each reference replaced by the name found, or by "unknown" when none was. */
export function resolveReferences(changes: readonly FieldChange[], lookup: NameLookup): FieldChange[] {
  const resolve = (value: AuditValue): AuditValue => {
    if (value.kind === "ref") {
      const found = lookup(value.ref, value.id);
      return found ? { kind: "named", ...found } : { kind: "unknown" };
    }
    if (value.kind === "list") return { kind: "list", items: value.items.map(resolve) };
    if (value.kind === "object")
      return { kind: "object", entries: value.entries.map((e) => ({ field: e.field, value: resolve(e.value) })) };
    return value;
  };
  return changes.map((c) => ({ field: c.field, before: resolve(c.before), after: resolve(c.after) }));
}
