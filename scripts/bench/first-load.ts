import { gzipSync } from "node:zlib";

/**
 * The script files a page's HTML loads (its <script src> tags), as a current browser would fetch
 * them: nomodule scripts (the legacy polyfills) are left out, since such a browser skips them.
 */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src && !/\bnomodule\b/i.test(tag)) sources.add(src.replaceAll("&amp;", "&"));
  }
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
