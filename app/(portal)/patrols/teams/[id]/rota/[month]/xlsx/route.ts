import { getLocale, getTranslations } from "next-intl/server";
import { authorizeRequest } from "@/lib/auth/current-user";
import { fromDbDate, parseMonth } from "@/lib/patrols/dates";
import { canSeePatrolTeams } from "@/lib/patrols/policy";
import { getRota } from "@/lib/patrols/queries";
import { rotaWorkbook } from "@/lib/patrols/rota-sheet";
import { downloadDisposition } from "@/lib/spreadsheet/download-name";
import { NAME_LIST } from "@/lib/i18n/list-style";
import { localized } from "@/components/ui/localized";

/** The month's rota as XLSX for the police who see the team; anything out of scope answers 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; month: string }> }) {
  const user = await authorizeRequest(canSeePatrolTeams);
  if (user instanceof Response) return user;
  const { id, month: raw } = await params;
  const month = parseMonth(raw);
  const data = month ? await getRota(user, id, month) : null;
  if (!month || !data) return new Response(null, { status: 404 });
  const [t, locale] = await Promise.all([getTranslations("patrols"), getLocale()]);
  const name = (p: { name: string; nameEn: string } | null) => (p ? localized(locale, p.name, p.nameEn) : "");
  const weekday = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", { weekday: "short", timeZone: "UTC" });
  const names = new Intl.ListFormat(locale, NAME_LIST);
  const title = t("rotaTitle", { team: data.team.name, month });
  const bytes = await rotaWorkbook(
    data.shifts.map((s) => ({
      date: fromDbDate(s.date),
      weekday: weekday.format(s.date),
      enterprises: names.format(s.enterprises.map((e) => name(e.enterprise))),
      leader: name(s.leadOfficer),
      status: t(`shiftStatuses.${s.status}`),
    })),
    {
      sheet: t("xlsx.sheet"),
      title,
      date: t("xlsx.date"),
      weekday: t("xlsx.weekday"),
      enterprises: t("xlsx.enterprises"),
      leader: t("xlsx.leader"),
      status: t("xlsx.status"),
    },
  );
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": downloadDisposition({ name: [title], ascii: ["rota", month] }, "xlsx"),
      "Cache-Control": "private, no-store",
    },
  });
}
