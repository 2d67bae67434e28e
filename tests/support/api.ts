import { getDb } from "@/lib/db";
import { answerApiRequest } from "@/lib/api/door";
import { API_ENDPOINTS } from "@/lib/api/registry";
import { answerTokenRequest } from "@/lib/api/token-endpoint";
import { openApiSession } from "@/lib/api/tokens";

const BASE = "http://portal.test/api/v1";

// The tests read answers field by field; the contract test checks their whole shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export type ApiCall = {
  token?: string;
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
};

/** A request to /api/v1 through the same door the route handler uses. */
export async function api(method: string, path: string, call: ApiCall = {}) {
  const headers = new Headers(call.headers);
  if (call.token) headers.set("authorization", `Bearer ${call.token}`);
  let body: BodyInit | undefined;
  if (call.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(call.json);
  } else if (call.form) {
    body = call.form;
  }
  // A FormData body gets its multipart content type (with boundary) from the Request itself.
  const request = new Request(`${BASE}${path}`, { method, headers, body });
  const response = await answerApiRequest(request, API_ENDPOINTS, { db: getDb });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Json) : null };
}

/** The token endpoint, as a client calls it. */
export async function tokenRequest(fields: Record<string, unknown>, headers: Record<string, string> = {}) {
  const request = new Request(`${BASE}/auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(fields),
  });
  const response = await answerTokenRequest(request, getDb);
  return { status: response.status, headers: response.headers, body: (await response.json()) as Json };
}

/** An access token for a user without the password round trip (for users of generated counties). */
export async function tokenOf(userId: string): Promise<string> {
  const user = await getDb().user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, tokenVersion: true },
  });
  return (await openApiSession(getDb(), user, "test", null)).accessToken;
}
