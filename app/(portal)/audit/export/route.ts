import { authorizeRequest } from "@/lib/auth/current-user";
import { auditFile } from "@/lib/audit/export-file";
import { parseAuditFilters } from "@/lib/audit/filters";
import { canReadAuditLog } from "@/lib/audit/policy";
import { auditExportRows } from "@/lib/audit/queries";
import { auditSheet } from "@/lib/audit/sheet";
import { downloadDisposition } from "@/lib/spreadsheet/download-name";
import { chinaDate } from "@/lib/time/china";
import { clock } from "@/lib/time/clock";
import { auditWords } from "@/components/history/audit-words";

/** The audit rows the page's filters match, every page of them, as XLSX (or CSV); chiefs and administrators of the county. */
export async function GET(request: Request) {
  const user = await authorizeRequest(canReadAuditLog);
  if (user instanceof Response) return user;
  const params = new URL(request.url).searchParams;
  const format = params.get("format") === "csv" ? "csv" : "xlsx";
  const filters = parseAuditFilters(Object.fromEntries(params));
  const [words, { rows, truncated }] = await Promise.all([auditWords(), auditExportRows(user, filters)]);
  const file = await auditFile(auditSheet(words, rows, truncated), format, words.t("audit.export.sheet"));
  const day = chinaDate(clock.now());
  return new Response(file.body, {
    headers: {
      "Cache-Control": "private, no-store",
      "Content-Type": file.contentType,
      "Content-Disposition": downloadDisposition(
        { name: [words.t("audit.export.file"), day], ascii: ["audit", day] },
        format,
      ),
    },
  });
}
