// Writes docs/api/openapi-v1.json, the published copy of the API's contract (lib/api/openapi.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openApiJson, PUBLISHED_DOCUMENT } from "../lib/api/published.ts";

mkdirSync(path.dirname(PUBLISHED_DOCUMENT), { recursive: true });
writeFileSync(PUBLISHED_DOCUMENT, openApiJson());
