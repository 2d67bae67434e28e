import { getTranslations } from "next-intl/server";
import type { UnitKind } from "@/lib/organisation/schemas";
import { LinkTabs } from "@/components/ui/link-tabs";

const TABS = [
  { kind: "station", href: "/admin/organisation/stations", label: "stations" },
  { kind: "workstation", href: "/admin/organisation/workstations", label: "workstations" },
  { kind: "department", href: "/admin/organisation/departments", label: "departments" },
] as const satisfies readonly { kind: UnitKind; href: string; label: string }[];

/** The three lists as tabs, each list at its own address. */
export async function OrganisationTabs({ current }: { current: UnitKind }) {
  const t = await getTranslations("organisation");
  return (
    <LinkTabs
      label={t("tabsLabel")}
      tabs={TABS.map((tab) => ({ href: tab.href, label: t(`tabs.${tab.label}`), current: tab.kind === current }))}
    />
  );
}
