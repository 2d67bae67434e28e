import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { AdvisoryTarget, AdvisoryUrgency } from "@/lib/domain/enums";
import { canSendAdvisories, sendsCountyWide } from "@/lib/advisories/policy";
import { sendChoices } from "@/lib/advisories/queries";
import { MAX_EXPIRY_DAYS, TARGET_FIELDS } from "@/lib/advisories/schemas";
import { addDays, chinaDate } from "@/lib/time/china";
import { clock } from "@/lib/time/clock";
import { PageTitle } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";
import { SendAdvisoryForm, type TargetChoice } from "./send-form";

export async function generateMetadata() {
  return { title: (await getTranslations("advisories"))("new") };
}

export default async function NewAdvisoryPage() {
  const user = await requirePermission(canSendAdvisories);
  const [t, locale, choices] = await Promise.all([getTranslations("advisories"), getLocale(), sendChoices(user)]);
  const named = (rows: { id: string; name: string; nameEn: string }[]) =>
    rows.map((r) => ({ value: r.id, label: localized(locale, r.name, r.nameEn) }));
  const options: Record<AdvisoryTarget, { value: string; label: string }[]> = {
    COUNTY: [],
    KEY_PROJECTS: [],
    STATIONS: named(choices.stations),
    WORKSTATIONS: named(choices.workstations),
    INDUSTRIES: choices.industries.map((i) => ({ value: i.value, label: localized(locale, i.name, i.nameEn) })),
    // Searched as the sender types (the enterprise picker): a county has thousands.
    ENTERPRISES: [],
  };
  const countyWide = sendsCountyWide(user);
  const targets: TargetChoice[] = Object.values(AdvisoryTarget).map((kind) => ({
    kind,
    // An officer's "whole county" is every enterprise they answer for.
    label: !countyWide && kind === "COUNTY" ? t("ownTargets.COUNTY") : t(`targets.${kind}`),
    field: TARGET_FIELDS[kind],
    options: options[kind],
  }));
  const now = clock.now();
  return (
    <>
      <PageTitle subtitle={t("newSubtitle")}>{t("new")}</PageTitle>
      <SendAdvisoryForm
        urgencies={Object.values(AdvisoryUrgency).map((value) => ({ value, label: t(`urgencies.${value}`) }))}
        targets={targets}
        targetHint={countyWide ? null : t("targetHintOwn")}
        today={chinaDate(now)}
        latest={chinaDate(addDays(now, MAX_EXPIRY_DAYS))}
        maxDays={MAX_EXPIRY_DAYS}
      />
    </>
  );
}
