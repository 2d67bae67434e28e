import { renderAuthorizationTable } from "./matrix.ts";

export const AUTHORIZATION_DOC = "docs/authorization.md";
export const GENERATED_MARKER =
  "<!-- generated from the policies by `npm run docs:authorization`; do not edit below -->";

const INTRO = `# Who may do what

Every page, route handler and server action asks its capability's policy module a named question
(\`canSeeDisputes(user)\`, \`canMediateDisputes(user)\` …) through one guard: \`requirePermission\` for
pages, \`authorizeRequest\` for route handlers, the action definition's \`allow\` for actions (and, from
the commands, \`assertAllowed\`). Which records a user may touch is answered by the same policy's
scope (\`disputeScope(user)\` …), which every query and command applies: a record outside it answers
404, as if it did not exist.

The tables below are the role-level answers, asked of one user of each role; a test keeps them equal
to the code. Within a role, the scope narrows further: a liaison to their enterprise, an officer to
the enterprises assigned to them and the work routed to their department, a chief and an admin to
their county.
`;

export function renderAuthorizationDoc(): string {
  return `${INTRO}\n${GENERATED_MARKER}\n\n${renderAuthorizationTable()}`;
}
