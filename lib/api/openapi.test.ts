import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiDocument } from "./openapi";
import { openApiJson, PUBLISHED_DOCUMENT } from "./published";
import { API_ENDPOINTS } from "./registry";

const root = path.resolve(import.meta.dirname, "../..");

describe("the API's OpenAPI document", () => {
  it("is the published contract: a change to it is a reviewed change (npm run docs:api)", () => {
    expect(openApiJson()).toBe(readFileSync(path.join(root, PUBLISHED_DOCUMENT), "utf8"));
  });

  it("documents every endpoint of the registry once, with a unique operation id, and the token endpoint", () => {
    const doc = apiDocument() as unknown as { paths: Record<string, Record<string, { operationId: string }>> };
    const documented = Object.entries(doc.paths).flatMap(([p, item]) =>
      Object.entries(item).map(([method, op]) => `${method.toUpperCase()} ${p} ${op.operationId}`),
    );
    const expected = [
      "POST /auth/token requestToken",
      "GET /attachments/{id} getAttachment",
      ...API_ENDPOINTS.map((e) => `${e.method} ${e.path} ${e.operationId}`),
    ];
    expect(documented.sort()).toEqual(expected.sort());
    expect(new Set(API_ENDPOINTS.map((e) => e.operationId)).size).toBe(API_ENDPOINTS.length);
  });

  it("resolves every reference it makes", () => {
    const text = openApiJson();
    const doc = JSON.parse(text) as { components: { schemas: Record<string, unknown> } };
    const refs = [...text.matchAll(/"\$ref": "#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.filter((name) => !(name in doc.components.schemas))).toEqual([]);
  });
});
