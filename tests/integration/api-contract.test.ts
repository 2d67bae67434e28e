// The API keeps its contract: every endpoint's answer, success and refusal alike, validates against
// the published OpenAPI document (JSON Schema 2020-12, as OpenAPI 3.1 has it).
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { getDb } from "@/lib/db";
import { apiDocument } from "@/lib/api/openapi";
import { API_ENDPOINTS } from "@/lib/api/registry";
import { setClock } from "@/lib/time/clock";
import { loadTargets, type Targets } from "../support/action-inputs";
import { api, tokenOf, tokenRequest } from "../support/api";
import { API_REQUESTS, type ApiRequestSpec } from "../support/api-requests";
import { loadDemo } from "../support/demo";

const doc = JSON.parse(JSON.stringify(apiDocument())) as { paths: Record<string, Record<string, unknown>> };
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(doc, "openapi");

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

/** Validation errors of an answer against the document's schema for it; none when it conforms. */
function contractErrors(method: string, path: string, status: number, body: unknown): string[] {
  const op = doc.paths[path]?.[method.toLowerCase()] as { responses?: Record<string, unknown> } | undefined;
  if (!op?.responses?.[String(status)]) return [`${method} ${path} does not document status ${status}`];
  const validate = ajv.getSchema(
    `openapi#/${pointer("paths", path, method.toLowerCase(), "responses", String(status), "content", "application/json", "schema")}`,
  );
  if (!validate) return [`no schema for ${method} ${path} ${status}`];
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

let targets: Targets;
let restoreClock: () => void;
const userIds: Record<string, string> = {};

beforeAll(async () => {
  restoreClock = setClock("2026-11-10T10:00:00+08:00");
  await loadDemo();
  targets = await loadTargets();
  for (const u of await getDb().user.findMany({
    where: { username: { in: ["liaison1", "officer1", "chief", "admin"] } },
  }))
    userIds[u.username] = u.id;
});
afterAll(() => restoreClock());

const send = async (method: string, spec: ApiRequestSpec, token?: string, headers?: Record<string, string>) =>
  api(method, spec.path, { token, json: spec.json, form: spec.form?.(), headers });

describe("the API contract", () => {
  it("has a request for every endpoint and none for an endpoint it no longer has", () => {
    const ids = API_ENDPOINTS.map((e) => e.operationId);
    expect(ids.filter((id) => !(id in API_REQUESTS))).toEqual([]);
    expect(Object.keys(API_REQUESTS).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it.each(API_ENDPOINTS.map((e) => [e.operationId, e] as const))("%s answers as documented", async (id, endpoint) => {
    const row = API_REQUESTS[id]!;
    const spec = row.success ? await row.success(targets) : row.request(targets);
    const answer = await send(endpoint.method, spec, await tokenOf(userIds[row.as]!));
    expect(answer.status, JSON.stringify(answer.body)).toBe(endpoint.successStatus ?? 200);
    expect(contractErrors(endpoint.method, endpoint.path, answer.status, answer.body)).toEqual([]);
  });

  it("documents its refusals: no token, a foreign id, bad input, a stale version, a wrong role", async () => {
    const liaison = await tokenOf(userIds.liaison1!);
    const officer = await tokenOf(userIds.officer1!);
    const cases = [
      { method: "GET", path: "/tickets", answer: await api("GET", "/tickets") },
      { method: "GET", path: "/tickets/{id}", answer: await api("GET", "/tickets/nope", { token: liaison }) },
      {
        method: "POST",
        path: "/tickets",
        answer: await api("POST", "/tickets", { token: liaison, json: { title: "" } }),
      },
      {
        method: "POST",
        path: "/tickets/{id}/accept",
        answer: await api("POST", `/tickets/${targets.ticket.id}/accept`, { token: officer, json: { version: 99 } }),
      },
      { method: "POST", path: "/tickets", answer: await api("POST", "/tickets", { token: officer, json: {} }) },
      { method: "GET", path: "/tickets", answer: await api("GET", "/tickets?page=0", { token: officer }) },
    ];
    expect(cases.map((c) => c.answer.status)).toEqual([401, 404, 422, 409, 403, 422]);
    for (const c of cases) expect(contractErrors(c.method, c.path, c.answer.status, c.answer.body)).toEqual([]);
  });

  it("tells an answer that breaks the contract", async () => {
    const liaison = await tokenOf(userIds.liaison1!);
    const { body } = await api("GET", `/tickets/${targets.ticket.id}`, { token: liaison });
    expect(contractErrors("GET", "/tickets/{id}", 200, body)).toEqual([]);
    const withoutStatus = Object.fromEntries(Object.entries(body).filter(([key]) => key !== "status"));
    expect(contractErrors("GET", "/tickets/{id}", 200, withoutStatus)).not.toEqual([]);
    expect(contractErrors("GET", "/tickets/{id}", 200, { ...body, createdAt: "yesterday" })).not.toEqual([]);
  });

  it("documents the token endpoint's answers", async () => {
    const ok = await tokenRequest({
      grantType: "password",
      username: "liaison1",
      password: "demo1234",
      client: "contract",
    });
    const wrong = await tokenRequest({ grantType: "password", username: "liaison1", password: "wrong" });
    const invalid = await tokenRequest({ grantType: "magic" });
    expect([ok.status, wrong.status, invalid.status]).toEqual([200, 401, 422]);
    for (const a of [ok, wrong, invalid]) expect(contractErrors("POST", "/auth/token", a.status, a.body)).toEqual([]);
  });
});
