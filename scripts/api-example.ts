// Files a ticket with a photo through the API, as a phone app does: sign in for a token pair, send
// the ticket as multipart/form-data under an Idempotency-Key, retry on a bad network or a busy
// server with the same key (so it is filed once), refresh the access token when it has expired,
// read the ticket back and sign out. Only fetch and FormData: nothing of the portal's own code.
//
//   npx tsx scripts/api-example.ts [--base http://localhost:3000] [--user liaison1] [--password demo1234] [--photo door.jpg]
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

type Tokens = { accessToken: string; refreshToken: string };
type ApiError = { error: { code: string; message: string; fields?: Record<string, string[]> } };

// A 1×1 PNG, for a run without a photo of one's own.
const SAMPLE_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

const TYPES: Record<string, string> = {
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".pdf": "application/pdf",
};

export type ExampleOptions = {
  base: string;
  username: string;
  password: string;
  /** Two-factor code, where the account uses two-factor sign-in. */
  code?: string;
  photo?: { name: string; bytes: Uint8Array; type: string };
  title?: string;
  /** Where progress goes; silent when absent. */
  say?: (line: string) => void;
};

export type ExampleResult = {
  id: string;
  number: string;
  status: string;
  attachments: number;
  replayedOnRetry: boolean;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class ApiClient {
  private tokens: Tokens | null = null;

  constructor(
    private readonly base: string,
    private readonly language = "zh-CN",
  ) {}

  private url(p: string) {
    return new URL(`/api/v1${p}`, this.base).toString();
  }

  async signIn(username: string, password: string, code?: string) {
    const answer = await fetch(this.url("/auth/token"), {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": this.language },
      body: JSON.stringify({ grantType: "password", username, password, code, client: "api-example" }),
    });
    if (!answer.ok) throw new Error(`sign-in refused: ${((await answer.json()) as ApiError).error.message}`);
    this.tokens = (await answer.json()) as Tokens;
  }

  private async refresh() {
    const answer = await fetch(this.url("/auth/token"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ grantType: "refresh_token", refreshToken: this.tokens?.refreshToken }),
    });
    if (!answer.ok) throw new Error("the session has ended: sign in again");
    this.tokens = (await answer.json()) as Tokens;
  }

  /**
   * One call, retried as a phone must: after a network failure, 429 or 503 it waits (Retry-After when
   * given) and sends the same request, with the same Idempotency-Key, again; after 401 tokenInvalid it
   * refreshes the pair once.
   */
  async call(method: string, p: string, body?: () => BodyInit, key?: string): Promise<Response> {
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      const headers: Record<string, string> = {
        authorization: `Bearer ${this.tokens?.accessToken ?? ""}`,
        "accept-language": this.language,
      };
      if (key) headers["idempotency-key"] = key;
      let answer: Response;
      try {
        answer = await fetch(this.url(p), { method, headers, body: body?.() });
      } catch (error) {
        if (attempt >= 5) throw error;
        await sleep(500 * 2 ** attempt);
        continue;
      }
      if (answer.status === 401 && !refreshed) {
        const { error } = (await answer.clone().json()) as ApiError;
        if (error.code === "tokenInvalid") {
          refreshed = true;
          await this.refresh();
          continue;
        }
      }
      if ((answer.status === 429 || answer.status === 503) && attempt < 5) {
        await sleep(Number(answer.headers.get("retry-after") ?? "1") * 1000);
        continue;
      }
      return answer;
    }
  }
}

async function expectOk<T>(answer: Response): Promise<T> {
  const body = (await answer.json()) as T | ApiError;
  if (!answer.ok) {
    const { error } = body as ApiError;
    const fields = error.fields ? ` ${JSON.stringify(error.fields)}` : "";
    throw new Error(`${answer.status} ${error.code}: ${error.message}${fields}`);
  }
  return body as T;
}

export async function fileTicketWithPhoto(options: ExampleOptions): Promise<ExampleResult> {
  const say = options.say ?? (() => {});
  const client = new ApiClient(options.base);
  await client.signIn(options.username, options.password, options.code);
  say(`signed in as ${options.username}`);

  const photo = options.photo ?? { name: "example.png", bytes: SAMPLE_PNG, type: "image/png" };
  const form = () => {
    const data = new FormData();
    data.set("category", "SECURITY_HAZARD");
    data.set("priority", "NORMAL");
    data.set("title", options.title ?? "仓库后门门禁失灵");
    data.set("description", "夜间后门门禁无法锁闭，请派员查看。");
    data.set("location", "三号仓库后门");
    data.append("attachments", new Blob([new Uint8Array(photo.bytes)], { type: photo.type }), photo.name);
    return data;
  };
  // One key per ticket the user means to file: every retry of it carries the same one.
  const key = randomUUID();
  const filed = await expectOk<{ id: string; number: string }>(await client.call("POST", "/tickets", form, key));
  say(`filed ${filed.number}`);

  // As if the answer had been lost on the way: the retry gets the same ticket, not a second one.
  const retry = await client.call("POST", "/tickets", form, key);
  const again = await expectOk<{ id: string }>(retry);
  const replayedOnRetry = again.id === filed.id && retry.headers.get("idempotent-replayed") === "true";

  const ticket = await expectOk<{ id: string; number: string; status: string; attachments: unknown[] }>(
    await client.call("GET", `/tickets/${filed.id}`),
  );
  say(`${ticket.number}: ${ticket.status}, ${ticket.attachments.length} photo(s)`);
  await client.call("POST", "/auth/revoke", undefined, randomUUID());
  say("signed out");
  return {
    id: ticket.id,
    number: ticket.number,
    status: ticket.status,
    attachments: ticket.attachments.length,
    replayedOnRetry,
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      base: { type: "string", default: process.env.PORTAL_URL ?? "http://localhost:3000" },
      user: { type: "string", default: "liaison1" },
      password: { type: "string", default: "demo1234" },
      code: { type: "string" },
      photo: { type: "string" },
    },
  });
  const photo = values.photo
    ? {
        name: path.basename(values.photo),
        bytes: await readFile(values.photo),
        type: TYPES[path.extname(values.photo).toLowerCase()] ?? "application/octet-stream",
      }
    : undefined;
  const result = await fileTicketWithPhoto({
    base: values.base!,
    username: values.user!,
    password: values.password!,
    code: values.code,
    photo,
    say: (line) => process.stdout.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
