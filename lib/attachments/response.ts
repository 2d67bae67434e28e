import { INLINE_TYPES } from "./limits.ts";
import type { StoredFile } from "./storage-contract.ts";

/** Everything but a PDF: nothing in the document may run, load or reach this origin. */
export const LOCKED_DOWN_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

/**
 * Browsers refuse to start their PDF viewer in a sandboxed document (it shows a blocked page), so a
 * PDF goes without `sandbox`. That is safe because its type was read from its bytes and nosniff holds
 * the browser to it: the file is only ever handed to the viewer, which runs apart from this origin.
 */
export const PDF_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

// The bytes come from users: the browser must neither guess another type nor run anything in them,
// and no shared cache may keep a copy of a file meant for one person.
const BASE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "private, no-store",
  "Content-Security-Policy": LOCKED_DOWN_CSP,
  "Cross-Origin-Resource-Policy": "same-origin",
} as const;

// RFC 5987 attr-char: encodeURIComponent leaves ' ( ) * alone, the header grammar does not.
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `inline` for images and PDFs (shown in the browser), `attachment` for anything else, with a UTF-8 name. */
export function contentDisposition(fileName: string, mimeType: string): string {
  const type = INLINE_TYPES.includes(mimeType) ? "inline" : "attachment";
  // Old clients read only the plain parameter: give them an ASCII stand-in with the same ending.
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** Streams the stored bytes as they arrive from the store: no whole file is held on the way out. */
export function attachmentResponse(file: { fileName: string; mimeType: string }, stored: StoredFile): Response {
  return new Response(stored.body, {
    status: 200,
    headers: {
      ...BASE_HEADERS,
      "Content-Security-Policy": file.mimeType === "application/pdf" ? PDF_CSP : LOCKED_DOWN_CSP,
      "Content-Type": file.mimeType,
      "Content-Length": String(stored.size),
      "Content-Disposition": contentDisposition(file.fileName, file.mimeType),
    },
  });
}

/** Missing, out of scope and unreadable all answer the same, so ids reveal nothing. */
export function attachmentNotFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { ...BASE_HEADERS, "Content-Type": "text/plain; charset=utf-8" },
  });
}

export function attachmentUnauthorized(): Response {
  return new Response("Sign-in required", {
    status: 401,
    headers: { ...BASE_HEADERS, "Content-Type": "text/plain; charset=utf-8" },
  });
}
