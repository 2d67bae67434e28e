// Who the token belongs to, and signing the client out.
import { z } from "zod";
import { Role } from "../../db/generated/enums.ts";
import { anySignedInUser } from "../../auth/question.ts";
import { getDb } from "../../db/index.ts";
import { answer, defineEndpoint } from "../endpoint.ts";
import { revokeOwnApiSession } from "../tokens.ts";

const meShape = z
  .object({
    id: z.string(),
    username: z.string(),
    name: z.string(),
    role: z.enum(Role),
    enterpriseId: z.string().nullable().meta({ description: "A liaison's enterprise." }),
    stationId: z.string().nullable(),
  })
  .meta({ id: "Me" });

export const sessionEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/me",
    operationId: "getMe",
    summary: "The signed-in user of the token.",
    tag: "Session",
    allow: anySignedInUser,
    response: meShape,
    run: async ({ user }) =>
      answer({
        id: user.id,
        username: user.username,
        name: user.name,
        role: user.role,
        enterpriseId: user.enterpriseId,
        stationId: user.stationId,
      }),
  }),
  defineEndpoint({
    method: "POST",
    path: "/auth/revoke",
    operationId: "signOut",
    summary: "Sign this client out: its access and refresh tokens stop working at once.",
    tag: "Session",
    allow: anySignedInUser,
    response: z.object({ revoked: z.boolean() }).meta({ id: "Revoked" }),
    run: async ({ user, sessionId }) => answer({ revoked: await revokeOwnApiSession(getDb(), user.id, sessionId) }),
  }),
];
