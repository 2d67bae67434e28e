import { apiDocument } from "./openapi.ts";

/** Where the repository keeps the published contract; a test keeps it equal to the generated one. */
export const PUBLISHED_DOCUMENT = "docs/api/openapi-v1.json";

let text: string | undefined;

/** The OpenAPI document as served and as kept in docs/api/openapi-v1.json (two-space JSON, final newline). */
export function openApiJson(): string {
  return (text ??= `${JSON.stringify(apiDocument(), null, 2)}\n`);
}
