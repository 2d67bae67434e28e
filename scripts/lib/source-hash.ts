import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Hash of every file under the given roots (sorted, content-based), to tell whether a rebuild is due. */
export function hashFiles(root: string, entries: string[], skip: (rel: string) => boolean = () => false): string {
  const hash = createHash("sha256");
  const walk = (rel: string) => {
    const abs = path.join(root, rel);
    if (!existsSync(abs) || skip(rel)) return;
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) walk(path.join(rel, name));
    } else {
      hash.update(rel).update("\0").update(readFileSync(abs)).update("\0");
    }
  };
  for (const entry of [...entries].sort()) walk(entry);
  return hash.digest("hex");
}
