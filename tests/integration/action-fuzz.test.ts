// Every action of the registry, run by a user its policy admits, with inputs broken at random: a valid
// input (tests/support/action-inputs.ts) whose fields are dropped or replaced by hostile values
// (control characters, `$`-prefixed strings as the framework's decoder knows them, huge strings,
// wrong types, ids of other records), with keys added, or sent as form data. Each run must end in a
// handled result (never a throw, never the generic "unexpected error"), and a refused one must leave
// every table's rows as they were.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { setClock } from "@/lib/time/clock";
import { ACTION_INPUTS, loadTargets, REGISTRY, type AnyAction, type Targets } from "../support/action-inputs";
import { loadDemo, sessionUserOf } from "../support/demo";
import { runAs } from "../support/actions";
import { changedTables, tableChecksums, writeMark } from "../support/table-checksum";

/** Runs per action: enough to hit every field with every kind of value over time, within a minute or two in all. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

const targets = {} as Targets;
const users: SessionUser[] = [];
let knownIds: string[] = [];
let restoreClock: () => void;
const tally = { runs: 0, refused: 0, accepted: 0, compared: 0 };

beforeAll(async () => {
  restoreClock = setClock("2026-11-10T10:00:00+08:00");
  await loadDemo();
  for (const name of ["liaison1", "officer1", "chief", "admin"]) users.push(await sessionUserOf(name));
  Object.assign(targets, await loadTargets());
  const db = getDb();
  // Ids of real records of every kind, so that a field may name the wrong kind of record.
  knownIds = [
    ...(await db.enterprise.findMany({ take: 3, select: { id: true } })),
    ...(await db.ticket.findMany({ take: 3, select: { id: true } })),
    ...(await db.user.findMany({ take: 3, select: { id: true } })),
    ...(await db.hazard.findMany({ take: 2, select: { id: true } })),
    ...(await db.patrolShift.findMany({ take: 2, select: { id: true } })),
    ...(await db.residencyRequest.findMany({ take: 2, select: { id: true } })),
  ].map((r) => r.id);
});

afterAll(() => restoreClock());

const controlChars = fc
  .array(fc.integer({ min: 0, max: 0x1f }), { minLength: 1, maxLength: 4 })
  .map((codes) => `ab${String.fromCharCode(...codes)}cd`);

/** Strings React's reply decoder gives a meaning to, and some it refuses. */
const dollar = fc.oneof(
  fc.constantFrom("$", "$$", "$K1", "$@0", "$h1", "$Q1", "$W1", "$T", "$undefined", "$n1", "$D2026", "$1:x", "$Z"),
  fc.string({ maxLength: 20 }).map((s) => `$${s}`),
);

const hostile = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    controlChars,
    dollar,
    fc.constantFrom("", " ", "\u0000", "NaN", "-1", "1e309", "9".repeat(40), "__proto__", "2026-02-30", "'; --"),
    fc.constantFrom("x".repeat(5_000), "長".repeat(70_000)),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constantFrom(null, undefined),
    fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
    fc.constantFrom(...knownIds),
    fc.constant("placeholder").map(() => new File([PNG], "x.png", { type: "image/png" })),
    fc.constant("placeholder").map(() => new File([new Uint8Array(0)], "", { type: "application/octet-stream" })),
  );

/** A valid input broken: some fields dropped or replaced, some keys added; or no object at all. */
function brokenInput(valid: Record<string, unknown>): fc.Arbitrary<{ input: unknown; asForm: boolean }> {
  const keys = Object.keys(valid);
  const edits = fc.array(
    fc.tuple(
      keys.length ? fc.constantFrom(...keys) : fc.constant("x"),
      fc.oneof(fc.constant("drop" as const), hostile()),
    ),
    {
      minLength: 1,
      maxLength: 4,
    },
  );
  const broken = fc
    .tuple(edits, fc.dictionary(fc.string({ maxLength: 12 }), hostile(), { maxKeys: 2 }), fc.boolean())
    .map(([changes, extra, asForm]) => {
      const input: Record<string, unknown> = { ...valid };
      for (const [key, value] of changes) {
        if (value === "drop") delete input[key];
        else input[key] = value;
      }
      for (const [key, value] of Object.entries(extra)) input[key] = value;
      return { input, asForm };
    });
  const anything = fc.anything().map((input) => ({ input, asForm: false }));
  return fc.oneof({ arbitrary: broken, weight: 9 }, { arbitrary: anything, weight: 1 });
}

/** The same fields as a browser would post them: strings and files, repeated names for lists. */
function toFormData(input: unknown): FormData {
  const form = new FormData();
  if (typeof input !== "object" || input === null) return form;
  for (const [key, value] of Object.entries(input)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item instanceof Blob) form.append(key, item);
      else if (item !== undefined) form.append(key, typeof item === "object" ? JSON.stringify(item) : String(item));
    }
  }
  return form;
}

/** The first demo user the action's policy admits: liaison1, officer1, the chief or the admin. */
const admitted = (def: AnyAction) => users.find((u) => def.allow(u));

describe("fuzzed action inputs", () => {
  it.each(REGISTRY.map((a) => [a.key, a] as const))(
    "%s: handled, and nothing written when refused",
    async (key, { def }) => {
      const row = ACTION_INPUTS[key];
      if (!row) throw new Error(`action ${key} has no row in tests/support/action-inputs.ts`);
      const user = admitted(def);
      if (!user) throw new Error(`no demo user may run ${key}`);
      const valid = row.input(targets) as Record<string, unknown>;
      const failures: string[] = [];
      let before = await tableChecksums();
      let mark = await writeMark();
      await fc.assert(
        fc.asyncProperty(brokenInput(valid), async ({ input, asForm }) => {
          tally.runs++;
          let result;
          try {
            result = await runAs(user, def, asForm ? toFormData(input) : input);
          } catch (error) {
            failures.push(`threw ${String(error)} for ${preview(input)}`);
            return;
          }
          if (result.ok) {
            // A broken input may still be a valid one; what it wrote is its right.
            tally.accepted++;
            before = await tableChecksums();
            mark = await writeMark();
            return;
          }
          tally.refused++;
          if (result.message === "errors.unexpected") failures.push(`unexpected error for ${preview(input)}`);
          // Most refusals come before any transaction; only when one began are the rows compared.
          if ((await writeMark()) === mark) return;
          tally.compared++;
          const after = await tableChecksums();
          const changed = changedTables(before, after);
          if (changed.length) failures.push(`refused, yet wrote to ${changed.join(", ")} for ${preview(input)}`);
          before = after;
          mark = await writeMark();
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      expect(failures).toEqual([]);
    },
  );

  it("counts its runs", ({ annotate }) => {
    const line = `${tally.runs} fuzzed runs: ${tally.refused} refused (${tally.compared} after a transaction began, rows compared), ${tally.accepted} accepted as valid`;
    annotate(line);
    console.info(`action fuzzing: ${line}`);
    expect(tally.runs).toBe(REGISTRY.length * RUNS);
  });
});

function preview(input: unknown): string {
  const text = JSON.stringify(input, (_k, v: unknown) =>
    typeof v === "string" && v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v instanceof Blob ? "<file>" : v,
  );
  return (text ?? String(input)).slice(0, 400);
}
