// The send form's enterprise picker searches instead of listing the county: each sender finds only
// the enterprises they may address, a page of them at a time, and what they find sending accepts.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { advisoryActions } from "@/lib/advisories/actions-def";
import { sendAdvisory } from "@/lib/advisories/commands";
import { searchAddressableEnterprises } from "@/lib/advisories/enterprise-search";
import { ENTERPRISE_SEARCH_LIMIT } from "@/lib/enterprises/search";
import { addressableEnterprises } from "@/lib/advisories/policy";
import { sendAdvisorySchema } from "@/lib/advisories/schemas";
import { loadDemo, sessionUserOf } from "../support/demo";
import { loadSecondCounty, type SecondCounty } from "../support/second-county";
import { runAs } from "../support/actions";

const NAMES = ["liaison1", "liaison2", "officer1", "officer2", "chief", "admin"] as const;
const users = {} as Record<(typeof NAMES)[number], SessionUser>;
let west: SecondCounty;

beforeAll(async () => {
  await loadDemo();
  for (const name of NAMES) users[name] = await sessionUserOf(name);
  west = await loadSecondCounty();
});

/** What the search should answer: every match in the user's scope, in the database's name order. */
async function expected(user: SessionUser, where: Prisma.EnterpriseWhereInput = {}) {
  const rows = await getDb().enterprise.findMany({
    where: { AND: [addressableEnterprises(user), where] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, nameEn: true },
  });
  return { items: rows.slice(0, ENTERPRISE_SEARCH_LIMIT), more: rows.length > ENTERPRISE_SEARCH_LIMIT };
}

const ids = (result: { items: { id: string }[] }) => result.items.map((i) => i.id);
const enterprise = (id: string) => getDb().enterprise.findUniqueOrThrow({ where: { id } });

describe("searching the enterprises a sender may address", () => {
  it("gives an officer only their own enterprises, by name", async () => {
    const own = await expected(users.officer1);
    expect(own.items.length).toBeGreaterThan(1);
    expect(await searchAddressableEnterprises(users.officer1, "")).toEqual(own);
    expect(ids(own)).toContain(users.liaison1.enterpriseId);
    expect(ids(own)).not.toContain(users.liaison2.enterpriseId);

    // Part of a name finds the officer's enterprise; the same of another officer's finds nothing of it.
    const mine = await enterprise(users.liaison1.enterpriseId!);
    const part = [...mine.name].slice(2, 6).join("");
    const found = await searchAddressableEnterprises(users.officer1, part);
    expect(ids(found)).toContain(mine.id);
    expect(found).toEqual(await expected(users.officer1, { name: { contains: part } }));
    const theirs = await enterprise(users.liaison2.enterpriseId!);
    expect(ids(await searchAddressableEnterprises(users.officer1, theirs.name))).not.toContain(theirs.id);
  });

  it("gives the chief the county's enterprises, and never another county's", async () => {
    const theirs = await enterprise(users.liaison2.enterpriseId!);
    expect(ids(await searchAddressableEnterprises(users.chief, theirs.name))).toEqual([theirs.id]);
    expect(ids(await searchAddressableEnterprises(users.officer2, theirs.name))).toEqual([theirs.id]);

    // The other county's enterprise, by its name and by its code: the demo county's chief finds none.
    const foreign = await enterprise(west.enterpriseId);
    for (const q of [foreign.name, foreign.creditCode, "西县"])
      expect(ids(await searchAddressableEnterprises(users.chief, q)), q).not.toContain(foreign.id);
    const all = await searchAddressableEnterprises(users.chief, "");
    expect(ids(all)).not.toContain(foreign.id);
    // And the other way round.
    expect(ids(await searchAddressableEnterprises(west.users.chief, ""))).toEqual([foreign.id]);
    expect(ids(await searchAddressableEnterprises(west.users.chief, theirs.name))).toEqual([]);
  });

  it("matches the English name case-insensitively and the credit code, and leaves out deactivated ones", async () => {
    const mine = await enterprise(users.liaison1.enterpriseId!);
    expect(mine.nameEn).not.toBe("");
    // Its longest word: the town's name is in dozens of them.
    const word = mine.nameEn.split(" ").reduce((a, b) => (b.length > a.length ? b : a));
    expect(ids(await searchAddressableEnterprises(users.chief, word.toUpperCase()))).toContain(mine.id);
    expect(ids(await searchAddressableEnterprises(users.chief, word.toLowerCase()))).toContain(mine.id);
    expect(ids(await searchAddressableEnterprises(users.chief, mine.creditCode.slice(-8)))).toEqual([mine.id]);

    await getDb().enterprise.update({ where: { id: mine.id }, data: { active: false } });
    try {
      expect(ids(await searchAddressableEnterprises(users.chief, mine.name))).toEqual([]);
    } finally {
      await getDb().enterprise.update({ where: { id: mine.id }, data: { active: true } });
    }
  });

  it("answers at most the limit and says when more match", async () => {
    const county = await expected(users.chief);
    expect(county.more).toBe(true);
    const first = await searchAddressableEnterprises(users.chief, "");
    expect(first.items.length).toBe(ENTERPRISE_SEARCH_LIMIT);
    expect(first).toEqual(county);

    // Exactly the limit is not "more"; one beyond it is.
    const { bureauId } = users.chief;
    const workstationId = (await enterprise(users.liaison1.enterpriseId!)).workstationId;
    const create = (n: number) =>
      getDb().enterprise.create({
        data: {
          bureauId,
          workstationId,
          name: `批量测试企业${String(n).padStart(2, "0")}`,
          creditCode: `91370285PK${String(n).padStart(8, "0")}`,
          industry: "制造",
        },
      });
    for (let n = 0; n < ENTERPRISE_SEARCH_LIMIT; n++) await create(n);
    const exact = await searchAddressableEnterprises(users.chief, "批量测试");
    expect(exact.items.map((i) => i.name)).toEqual(
      Array.from({ length: ENTERPRISE_SEARCH_LIMIT }, (_, n) => `批量测试企业${String(n).padStart(2, "0")}`),
    );
    expect(exact.more).toBe(false);
    await create(ENTERPRISE_SEARCH_LIMIT);
    const over = await searchAddressableEnterprises(users.chief, "批量测试");
    expect(over.items.length).toBe(ENTERPRISE_SEARCH_LIMIT);
    expect(over.more).toBe(true);
    // Typing more narrows it to one.
    expect((await searchAddressableEnterprises(users.chief, "批量测试企业20")).items.map((i) => i.name)).toEqual([
      "批量测试企业20",
    ]);
    // An officer who answers for none of them finds none.
    expect(ids(await searchAddressableEnterprises(users.officer1, "批量测试"))).toEqual([]);
  });

  it("takes the typed text literally: pattern characters match only themselves", async () => {
    for (const q of ["%", "_", "\\", "%企业%"])
      expect(await searchAddressableEnterprises(users.chief, q), q).toEqual({ items: [], more: false });
  });

  it("offers nothing that sending would refuse", async () => {
    const found = await searchAddressableEnterprises(users.officer1, "");
    const picked = ids(found).slice(0, 2);
    const { recipients } = await sendAdvisory(
      users.officer1,
      sendAdvisorySchema.parse({
        title: "指定企业提示",
        body: "请检查消防通道。",
        urgency: "NORMAL",
        targetKind: "ENTERPRISES",
        enterpriseIds: picked,
      }),
    );
    expect(recipients).toBe(2);
  });
});

describe("the search action", () => {
  it("answers the form's field, empty or missing meaning the first ones", async () => {
    const result = await runAs(users.officer1, advisoryActions.searchEnterprises, { q: "" });
    expect(result).toEqual({ ok: true, data: await expected(users.officer1) });
    const form = new FormData();
    expect(await runAs(users.officer1, advisoryActions.searchEnterprises, form)).toEqual(result);
    form.set("q", "  ");
    expect(await runAs(users.officer1, advisoryActions.searchEnterprises, form)).toEqual(result);
  });

  it("refuses control characters and too long a text at the field", async () => {
    expect(await runAs(users.chief, advisoryActions.searchEnterprises, { q: "青岛\u0000" })).toEqual({
      ok: false,
      code: "invalidInput",
      message: "errors.invalidInput",
      fieldErrors: { q: ["errors.controlCharacter"] },
    });
    expect(await runAs(users.chief, advisoryActions.searchEnterprises, { q: "企".repeat(51) })).toEqual({
      ok: false,
      code: "invalidInput",
      message: "errors.invalidInput",
      fieldErrors: { q: ["enterprisePicker.searchTooLong"] },
    });
    expect(await runAs(users.chief, advisoryActions.searchEnterprises, { q: "企".repeat(50) })).toMatchObject({
      ok: true,
    });
    expect(await runAs(users.chief, advisoryActions.searchEnterprises, { q: ["a", "b"] })).toMatchObject({
      ok: false,
      code: "invalidInput",
    });
  });

  it("is closed to those who do not send advisories", async () => {
    for (const user of [users.liaison1, users.admin, west.users.liaison])
      expect(await runAs(user, advisoryActions.searchEnterprises, { q: "" }), user.username).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    await expect(searchAddressableEnterprises(users.liaison1, "")).rejects.toThrow("errors.forbidden");
  });
});
