import { getLocale, getTranslations } from "next-intl/server";
import { authorizeRequest } from "@/lib/auth/current-user";
import { canFollowUpAdvisories } from "@/lib/advisories/policy";
import { allPendingRecipients, getAdvisoryForUser, type PendingFilter } from "@/lib/advisories/queries";
import { PENDING_COLUMNS, pendingSheetRows } from "@/lib/advisories/export-sheet";
import { exportResponse } from "@/lib/dashboard/export-response";
import { chinaDate } from "@/lib/time/china";
import { clock } from "@/lib/time/clock";
import { localized } from "@/components/ui/localized";

/** The enterprises that have not read (or acknowledged) an advisory, all of them, as XLSX (or CSV). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await authorizeRequest(canFollowUpAdvisories);
  if (user instanceof Response) return user;
  const { id } = await params;
  const advisory = await getAdvisoryForUser(user, id);
  if (!advisory) return new Response(null, { status: 404 });
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const filter: PendingFilter = url.searchParams.get("show") === "unacknowledged" ? "unacknowledged" : "unread";
  const [t, locale, rows] = await Promise.all([
    getTranslations("advisories"),
    getLocale(),
    allPendingRecipients(user, advisory.id, filter),
  ]);
  const title = t(filter === "unread" ? "sheet.name" : "sheet.nameUnacknowledged");
  const day = chinaDate(clock.now());
  return exportResponse({
    tables: [
      {
        title,
        columns: PENDING_COLUMNS.map((c) => t(`columns.${c}`)),
        rows: pendingSheetRows(rows, (zh, en) => localized(locale, zh, en)),
      },
    ],
    format,
    sheetTitle: () => `${advisory.title} · ${title}`,
    fileName: { name: [advisory.title, title, day], ascii: ["advisory", filter, day] },
  });
}
