// A bounded smoke over the production server: a few hundred malformed, oversize and fuzzed requests to
// server-action endpoints and pages, signed in and not. None may be answered with a 5xx. No browser:
// requests go out over plain HTTP, so that bodies, headers and chunking are exactly as written here.
import { request as http } from "node:http";
import fc from "fast-check";
import { ACTION_BODY_LIMIT_BYTES } from "../../lib/security/body-limit";
import { expect, test, DEMO_PASSWORD, serverURL } from "./support";

/** How many fuzzed action requests; with the fixed cases, a minute at most on a busy machine. */
const FUZZED = Number(process.env.SMOKE_REQUESTS ?? 300);

type Sent = { method?: string; path: string; headers?: Record<string, string>; body?: Buffer | Buffer[] };

/** One request over node:http; an array body goes out chunked, without a Content-Length. */
function send({ method = "POST", path, headers = {}, body }: Sent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http(`${serverURL()}${path}`, { method, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    // The server may answer and close before it has read a refused body.
    req.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "EPIPE" || error.code === "ECONNRESET" ? resolve(-1) : reject(error),
    );
    if (Array.isArray(body)) for (const chunk of body) req.write(chunk);
    else if (body) req.write(body);
    req.end();
  });
}

/** Signs in through next-auth's credentials callback and returns the session cookie header. */
async function signIn(username: string): Promise<string> {
  const csrf = await fetch(`${serverURL()}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${serverURL()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ username, password: DEMO_PASSWORD, csrfToken, json: "true" }),
  });
  const cookies = [...jar, ...response.headers.getSetCookie().map((c) => c.split(";")[0])];
  expect(cookies.some((c) => c?.startsWith("next-auth.session-token="))).toBe(true);
  return cookies.join("; ");
}

/** The id of a server action of a page, read from the form React renders for use before hydration. */
async function actionIdOf(path: string, cookie: string): Promise<string> {
  const html = await (await fetch(`${serverURL()}${path}`, { headers: { cookie } })).text();
  const meta = /name="\$ACTION_\d+:0" value="([^"]+)"/.exec(html)?.[1];
  if (!meta) throw new Error(`no server action form on ${path}`);
  return (JSON.parse(meta.replaceAll("&quot;", '"').replaceAll("&amp;", "&")) as { id: string }).id;
}

/** A multipart body of the given fields, with its boundary. */
function multipart(fields: [string, string][], boundary = "smoke7b1c"): { type: string; body: Buffer } {
  const parts = fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  return {
    type: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`),
  };
}

const dollar = fc.oneof(
  fc.constantFrom("$", "$Z", "$@0", "$@9", "$h1", "$Q1", "$W1", "$i1", "$B1", "$T", "$n1x", "$1:a:b", "$K1", "$$"),
  fc.string({ maxLength: 12 }).map((s) => `$${s}`),
);
const junk = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  dollar,
  dollar.map((d) => JSON.stringify([d, "$K1"])),
  dollar.map((d) => JSON.stringify({ a: [d] })),
  fc.json({ maxDepth: 3 }),
  fc.constantFrom("[", "{", "null", '"\\u0000"', "[".repeat(500), "x".repeat(20_000)),
);
const fieldName = fc.oneof(
  fc.constantFrom(
    "0",
    "1",
    "2",
    "00",
    "0x0",
    " 0",
    "1e0",
    "S0",
    "",
    "1_title",
    "$ACTION_REF_1",
    "$ACTION_1:0",
    "$ACTION_ID_x",
  ),
  fc.string({ maxLength: 10 }),
);

/** The ticket form's fields; the category never gets a valid value, so no fuzzed request files a ticket. */
const formField = fc.constantFrom("category", "priority", "title", "description", "location", "attachments");

/**
 * A fuzzed action request: the form's own shape with hostile values (it reaches the action), a
 * multipart reply broken anywhere, a string reply, or a post to a page without the header.
 */
const fuzzed = (actionId: string, cookie: string, paths: string[]) =>
  fc
    .tuple(
      fc.constantFrom("form", "form", "multipart", "text", "page"),
      fc.array(fc.tuple(fieldName, junk), { minLength: 0, maxLength: 4 }),
      fc.array(fc.tuple(formField, junk), { minLength: 0, maxLength: 6 }),
      junk,
      fc.constantFrom(...paths),
      fc.boolean(),
    )
    .map(([kind, fields, formFields, text, path, signedIn]): Sent => {
      const headers: Record<string, string> = { origin: serverURL(), ...(signedIn ? { cookie } : {}) };
      if (kind === "form") {
        // As React sends (previous state, form data): the root row, then the form's fields as "1_<name>".
        const form = multipart([["0", '[null,"$K1"]'], ...formFields.map(([k, v]): [string, string] => [`1_${k}`, v])]);
        const signedInForm = { ...headers, cookie };
        return {
          path: "/tickets/new",
          headers: { ...signedInForm, "content-type": form.type, "next-action": actionId },
          body: form.body,
        };
      }
      if (kind === "text") {
        return {
          path,
          headers: { ...headers, "next-action": actionId, "content-type": "text/plain" },
          body: Buffer.from(text),
        };
      }
      const { type, body } = multipart(kind === "multipart" ? [["0", text], ...fields] : fields);
      return {
        path,
        headers: { ...headers, "content-type": type, ...(kind === "multipart" ? { "next-action": actionId } : {}) },
        body,
      };
    });

test("no malformed, oversize or fuzzed request is answered with a 5xx", async () => {
  test.setTimeout(180_000);
  const cookie = await signIn("liaison1");
  const page = "/tickets/new";
  const actionId = await actionIdOf(page, cookie);
  const signedIn = { origin: serverURL(), cookie };
  const action = { ...signedIn, "next-action": actionId };
  const big = Buffer.alloc(ACTION_BODY_LIMIT_BYTES + 1024, 0x61);

  const fixed: Sent[] = [
    // Over the limit: declared, and chunked with no length at all.
    { path: page, headers: { ...action, "content-type": "multipart/form-data; boundary=b" }, body: big },
    {
      path: page,
      headers: { ...action, "content-type": "multipart/form-data; boundary=b" },
      body: Array.from({ length: 54 }, () => Buffer.alloc(1024 * 1024, 0x61)),
    },
    { path: page, headers: { ...action, "content-type": "text/plain" }, body: big },
    // Broken multipart, a missing root, origins Next refuses, an unknown action.
    {
      path: page,
      headers: { ...action, "content-type": "multipart/form-data; boundary=b" },
      body: Buffer.from("--b\r\nx"),
    },
    { path: page, headers: { ...action, "content-type": "multipart/form-data" }, body: Buffer.from("x") },
    {
      path: page,
      headers: { ...action, ...ct(multipart([["1_title", "x"]])) },
      body: multipart([["1_title", "x"]]).body,
    },
    { path: page, headers: { ...action, origin: "not a url", "content-type": "text/plain" }, body: Buffer.from("[]") },
    { path: page, headers: { ...action, origin: "null", "content-type": "text/plain" }, body: Buffer.from("[]") },
    {
      path: page,
      headers: { ...action, origin: "http://evil.test", "content-type": "text/plain" },
      body: Buffer.from("[]"),
    },
    {
      path: page,
      headers: { ...signedIn, "next-action": "00".repeat(21), "content-type": "text/plain" },
      body: Buffer.from("[]"),
    },
    { path: page, headers: { ...signedIn, "next-action": "x", "content-type": "text/plain" }, body: Buffer.from("[]") },
    // More array slots than React's decoder accepts.
    {
      path: page,
      headers: { ...action, "content-type": "text/plain" },
      body: Buffer.from(`[${JSON.stringify(Array.from({ length: 600_000 }, () => [0, 0]))}]`),
    },
    // A form post to a page, no action header: without a boundary, and with a bound action's metadata broken.
    { path: "/tickets", headers: { ...signedIn, "content-type": "multipart/form-data" }, body: Buffer.from("x") },
    {
      path: "/tickets",
      headers: {
        ...signedIn,
        ...ct(
          multipart([
            ["$ACTION_REF_1", ""],
            ["$ACTION_1:0", `{"id":"${actionId}","bound":7}`],
          ]),
        ),
      },
      body: multipart([
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", `{"id":"${actionId}","bound":7}`],
      ]).body,
    },
    // The sign-in page is public: the same abuse without a session.
    {
      path: "/login",
      headers: { origin: serverURL(), ...ct(multipart([["0", "{"]])) },
      body: multipart([["0", "{"]]).body,
    },
    {
      path: "/login",
      headers: { origin: serverURL(), "content-type": "multipart/form-data; boundary=b" },
      body: Buffer.from("--b"),
    },
    // Reads with odd paths and queries.
    { method: "GET", path: "/tickets?page=%00" },
    { method: "GET", path: "/tickets/%E7%9B" },
    { method: "GET", path: `/tickets?q=${"x".repeat(8000)}` },
    { method: "GET", path: "/api/attachments/..%2F..%2Fetc%2Fpasswd" },
  ];
  const paths = [page, "/login", "/tickets", "/", "/notifications", "/settings/sla"];
  const requests = [...fixed, ...fc.sample(fuzzed(actionId, cookie, paths), { numRuns: FUZZED, seed: 20261126 })];

  const statuses = new Map<number, number>();
  const failures: string[] = [];
  for (const [i, r] of requests.entries()) {
    const status = await send(r);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (status >= 500) failures.push(`#${i} → ${status}: ${describe(r)}`);
  }
  const summary = `${requests.length} requests; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`;
  test.info().annotations.push({ type: "requests", description: summary });
  console.info(`http abuse smoke: ${summary}`);
  expect(failures).toEqual([]);
});

/** A request as a failure shows it: the session cookie left out, the body cut short. */
function describe({ method = "POST", path, headers = {}, body }: Sent): string {
  const { cookie, ...shown } = headers;
  const text = Array.isArray(body) ? `<${body.length} chunks>` : (body?.toString("utf8").slice(0, 600) ?? "");
  return `${method} ${path} ${JSON.stringify({ ...shown, signedIn: Boolean(cookie) })} ${JSON.stringify(text)}`;
}

function ct(m: { type: string }) {
  return { "content-type": m.type };
}
