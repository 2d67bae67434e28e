// Talks to a running portal over HTTP the way a browser does, without one: signs in through
// next-auth's credentials flow and calls server actions by their id, as the page's own form would.
import { readFileSync } from "node:fs";
import path from "node:path";

export type Session = { baseUrl: string; cookie: string };

/** Cookies from a response, merged over the ones already held ("name=value; …"). */
function mergeCookies(held: string, response: Response): string {
  const jar = new Map(
    held
      .split("; ")
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf("=")), pair] as const),
  );
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(";")[0]!;
    jar.set(pair.slice(0, pair.indexOf("=")), pair);
  }
  return [...jar.values()].join("; ");
}

export async function signIn(baseUrl: string, username: string, password: string): Promise<Session> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`csrf: HTTP ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  let cookie = mergeCookies("", csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({ csrfToken, username, password, callbackUrl: `${baseUrl}/`, json: "true" }),
  });
  cookie = mergeCookies(cookie, response);
  if (!/session-token=/.test(cookie)) throw new Error(`sign-in as ${username} failed: HTTP ${response.status}`);
  return { baseUrl, cookie };
}

/**
 * The id Next gave a server action at build time, read from the build's manifest: the exported
 * name of a "use server" module under app/ (e.g. "app/(portal)/tickets/actions.ts", "commentOnTicket").
 */
export function serverActionId(buildDir: string, moduleFile: string, exportName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(buildDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const wanted = moduleFile.replaceAll(path.sep, "/");
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === exportName && entry.filename?.replaceAll(path.sep, "/").endsWith(wanted)) return id;
  }
  throw new Error(`no server action ${exportName} of ${moduleFile} in the build`);
}

export type Outcome = { status: number; body: string };

/** Calls a server action (previous state null, then the input) from the page at pagePath. */
export async function callAction(
  session: Session,
  pagePath: string,
  actionId: string,
  input: unknown,
  signal: AbortSignal,
): Promise<Outcome> {
  const response = await fetch(`${session.baseUrl}${pagePath}`, {
    method: "POST",
    signal,
    headers: {
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      "Next-Action": actionId,
      Origin: session.baseUrl,
      Cookie: session.cookie,
    },
    body: JSON.stringify([null, input]),
  });
  return { status: response.status, body: await response.text() };
}

export async function getPage(session: Session, pagePath: string, signal: AbortSignal): Promise<Outcome> {
  const response = await fetch(`${session.baseUrl}${pagePath}`, { signal, headers: { Cookie: session.cookie } });
  return { status: response.status, body: await response.text() };
}
