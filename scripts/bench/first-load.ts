import { gzipSync } from "node:zlib";

/** The script files a page's HTML loads (its <script src> tags), as the browser would fetch them. */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) sources.add(match[1]!.replaceAll("&amp;", "&"));
  return [...sources];
}

const gzipped = new Map<string, Promise<number>>();

/** Bytes of JavaScript the page loads on first visit, gzipped, each file fetched once per run. */
export async function firstLoadJs(baseUrl: string, html: string): Promise<number> {
  const sizes = await Promise.all(
    scriptSources(html).map((src) => {
      let size = gzipped.get(src);
      if (!size) {
        size = fetch(new URL(src, baseUrl)).then(async (r) => gzipSync(Buffer.from(await r.arrayBuffer())).length);
        gzipped.set(src, size);
      }
      return size;
    }),
  );
  return sizes.reduce((a, b) => a + b, 0);
}
