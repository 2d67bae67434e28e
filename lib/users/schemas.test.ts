import { describe, expect, it } from "vitest";
import {
  accountFieldsSchema,
  inviteLiaisonSchema,
  setAccountActiveSchema,
  setPasswordSchema,
  updateAccountSchema,
  usernameField,
} from "./schemas";
import { blockedKeyPrefix, parseBlockedKey } from "./throttle-keys";
import { accountAddressKey } from "../auth/throttle-rules";
import { placementOf } from "./roles";
import { signInSchema } from "../auth/schemas";

const messagesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("usernames", () => {
  it("are kept in lower case, trimmed", () => {
    expect(usernameField.parse("  Wang.Li ")).toBe("wang.li");
    expect(signInSchema.parse({ username: " Wang.Li", password: "x" }).username).toBe("wang.li");
  });

  it.each(["ab", "a".repeat(33), "has space", ".dot-first", "名字", "a/b", "a\u0000b"])("refuse %j", (name) => {
    expect(usernameField.safeParse(name).success).toBe(false);
  });
});

describe("account fields", () => {
  const base = { username: "officer9", name: "王立", role: "OFFICER", stationId: "s1" };

  it("require a station of an officer and an enterprise of a liaison", () => {
    expect(messagesOf(accountFieldsSchema.safeParse({ ...base, stationId: "" }))).toEqual({
      stationId: "users.errors.stationRequired",
    });
    // A supporting department's officer may have the department alone.
    expect(accountFieldsSchema.safeParse({ ...base, stationId: "", departmentId: "d" }).success).toBe(true);
    expect(messagesOf(accountFieldsSchema.safeParse({ ...base, role: "LIAISON" }))).toEqual({
      enterpriseId: "users.errors.enterpriseRequired",
    });
  });

  it("mark a missing station also when other fields are wrong", () => {
    expect(messagesOf(accountFieldsSchema.safeParse({ ...base, username: "x", stationId: "" }))).toEqual({
      username: "users.errors.username",
      stationId: "users.errors.stationRequired",
    });
  });

  it("drop the units that do not belong to the role", () => {
    const chief = accountFieldsSchema.parse({ ...base, role: "CHIEF", departmentId: "d", enterpriseId: "e" });
    expect(chief).toMatchObject({ stationId: undefined, departmentId: undefined, enterpriseId: undefined });
    const liaison = accountFieldsSchema.parse({ ...base, role: "LIAISON", enterpriseId: "e" });
    expect(liaison).toMatchObject({ stationId: undefined, enterpriseId: "e" });
    const officer = accountFieldsSchema.parse({ ...base, workstationId: "w", departmentId: "d", enterpriseId: "e" });
    expect(officer).toMatchObject({ stationId: "s1", workstationId: "w", departmentId: "d", enterpriseId: undefined });
  });

  it("answer each bad field with its own message", () => {
    const result = accountFieldsSchema.safeParse({ username: "x", role: "ROOT", name: "", phone: "123" });
    expect(messagesOf(result)).toEqual({
      username: "users.errors.username",
      role: "users.errors.role",
      name: "users.errors.nameRequired",
      phone: "validation.mobile.format",
    });
  });

  it("keep a phone number as its bare digits", () => {
    expect(accountFieldsSchema.parse({ ...base, phone: "+86 138-0013-8000" }).phone).toBe("13800138000");
    expect(inviteLiaisonSchema.parse({ enterpriseId: "e", username: "li.si", name: "李四" }).phone).toBe("");
  });

  it("need the moment the form was read to edit or switch an account", () => {
    expect(messagesOf(updateAccountSchema.safeParse({ ...base, userId: "u", seen: "yesterday" }))).toEqual({
      seen: "errors.invalidField",
    });
    const at = "2026-03-10T02:00:00.000Z";
    expect(setAccountActiveSchema.parse({ userId: "u", seen: at, active: "false" })).toEqual({
      userId: "u",
      seen: new Date(at),
      active: false,
    });
    expect(setAccountActiveSchema.safeParse({ userId: "u", seen: at, active: "maybe" }).success).toBe(false);
  });

  it("say where each role belongs", () => {
    expect(["OFFICER", "LIAISON", "CHIEF", "ADMIN"].map(placementOf)).toEqual([
      "station",
      "enterprise",
      "bureau",
      "bureau",
    ]);
  });
});

describe("setting a password through a link", () => {
  const token = "A".repeat(43);

  it("takes a well-formed token and two equal passwords", () => {
    expect(setPasswordSchema.safeParse({ token, password: "x", confirm: "x" }).success).toBe(true);
    expect(messagesOf(setPasswordSchema.safeParse({ token, password: "x", confirm: "y" }))).toEqual({
      confirm: "users.errors.confirmMismatch",
    });
    expect(messagesOf(setPasswordSchema.safeParse({ token: "short", password: "x", confirm: "x" }))).toEqual({
      token: "users.reset.invalid",
    });
  });
});

describe("throttle keys of an account", () => {
  it("find every address of one account and only of that account", () => {
    const key = accountAddressKey("Officer1", "198.51.100.7").key;
    expect(key.startsWith(blockedKeyPrefix("officer1"))).toBe(true);
    expect(key.startsWith(blockedKeyPrefix("officer"))).toBe(false);
    expect(parseBlockedKey(key)).toEqual({ username: "officer1", address: "198.51.100.7" });
    expect(parseBlockedKey("address:198.51.100.7")).toBeNull();
    expect(parseBlockedKey("account+address:not json")).toBeNull();
  });
});

describe("account fields of a request that is not a form", () => {
  it("are refused, not thrown on, when the body is null, missing or not an object", () => {
    for (const body of [null, undefined, 42, "text"]) {
      for (const schema of [accountFieldsSchema, updateAccountSchema]) {
        expect(schema.safeParse(body).success, String(body)).toBe(false);
      }
    }
  });
});
