// The checks an attachment field makes of its files before their bytes are read, without zod: the
// server's schema (schema.ts) raises them as issues and the browser's file input shows them before
// uploading, and zod in the browser would add some 30 KB (gzipped) to every page with a photo field.
import { ATTACHMENT_ERRORS } from "./errors.ts";
import { MAX_FILE_BYTES, MAX_FILE_MB, MAX_FILES } from "./limits.ts";

export { ATTACHMENT_ERRORS };

/** A message key and the values it needs. */
export type FileProblem = { message: string; params?: Record<string, string | number> };

/** Too many files, then each empty or too large one, in the order chosen. */
export function fileProblems(files: readonly File[]): FileProblem[] {
  const problems: FileProblem[] = [];
  if (files.length > MAX_FILES) problems.push({ message: ATTACHMENT_ERRORS.tooMany, params: { max: MAX_FILES } });
  for (const file of files) {
    if (file.size === 0) problems.push({ message: ATTACHMENT_ERRORS.empty, params: { name: file.name } });
    else if (file.size > MAX_FILE_BYTES) {
      problems.push({ message: ATTACHMENT_ERRORS.tooLarge, params: { name: file.name, maxMb: MAX_FILE_MB } });
    }
  }
  return problems;
}
