// Writes docs/authorization.md from the policy modules (see lib/authorization/matrix.ts).
import { writeFileSync } from "node:fs";
import { AUTHORIZATION_DOC, renderAuthorizationDoc } from "../lib/authorization/authorization-doc.ts";

writeFileSync(AUTHORIZATION_DOC, renderAuthorizationDoc());
