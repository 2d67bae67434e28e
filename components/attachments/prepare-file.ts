// What happens to a chosen file before it can be sent: a large photo made smaller, then the server's
// per-file checks. Loaded when files are chosen (file-input.tsx): most pages with a photo field are
// opened and left without choosing one, and first loads stay small.
import { ATTACHMENT_ERRORS, fileProblems } from "@/lib/attachments/file-checks";
import { SNIFF_BYTES, sniffMimeType } from "@/lib/attachments/sniff";
import { downscaleForUpload } from "./downscale-file";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The server's per-file checks (size, emptiness, real type), so most refusals show before uploading. */
async function problemOf(file: File, t: Translate): Promise<string | undefined> {
  const [problem] = fileProblems([file]);
  if (problem) return t(problem.message, problem.params);
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  return sniffMimeType(head) ? undefined : t(ATTACHMENT_ERRORS.type, { name: file.name });
}

/** The file to upload (downscaled when it is a large photo) and why it would be refused, if it would. */
export async function prepareFile(chosen: File, t: Translate): Promise<{ file: File; problem?: string }> {
  const file = await downscaleForUpload(chosen);
  return { file, problem: await problemOf(file, t) };
}
