import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { UnitKind } from "@/lib/organisation/schemas";

const TABS = [
  { kind: "station", href: "/admin/organisation/stations", label: "stations" },
  { kind: "workstation", href: "/admin/organisation/workstations", label: "workstations" },
  { kind: "department", href: "/admin/organisation/departments", label: "departments" },
] as const satisfies readonly { kind: UnitKind; href: string; label: string }[];

/** The three lists as tabs: plain links, so each list has its own address and works without JavaScript. */
export async function OrganisationTabs({ current }: { current: UnitKind }) {
  const t = await getTranslations("organisation");
  return (
    <nav aria-label={t("tabsLabel")} className="mb-4 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {TABS.map((tab) => {
          const active = tab.kind === current;
          return (
            <li key={tab.kind}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-2 px-3 text-sm ${
                  active
                    ? "border-brand-600 font-medium text-brand-700"
                    : "border-transparent text-slate-600 hover:text-slate-900"
                }`}
              >
                {t(`tabs.${tab.label}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
