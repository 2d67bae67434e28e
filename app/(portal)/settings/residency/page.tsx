import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { ResidencyKind } from "@/lib/domain/enums";
import { listChecklists } from "@/lib/residency/checklist";
import { canEditChecklists } from "@/lib/residency/policy";
import { PageTitle, Section } from "@/components/ui/section";
import { RequirementForm } from "@/components/residency/requirement-form";
import { saveRequirement } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("residency"))("checklists.title") };
}

export default async function ResidencyChecklistsPage() {
  const user = await requirePermission(canEditChecklists);
  const [t, locale, items] = await Promise.all([getTranslations("residency"), getLocale(), listChecklists(user)]);
  return (
    <>
      <PageTitle subtitle={t("checklists.subtitle")}>{t("checklists.title")}</PageTitle>
      <div className="space-y-6">
        {Object.values(ResidencyKind).map((kind) => {
          const ofKind = items.filter((i) => i.kind === kind);
          return (
            <Section key={kind} title={t(`kinds.${kind}`)} id={`checklist-${kind}`}>
              <ul className="space-y-3">
                {ofKind.map((item) => (
                  <li key={item.id}>
                    <RequirementForm action={saveRequirement} kind={kind} item={item} locale={locale} />
                  </li>
                ))}
                <li>
                  <details>
                    <summary className="cursor-pointer text-sm text-brand-600">{t("checklists.add")}</summary>
                    <div className="mt-2">
                      <RequirementForm
                        action={saveRequirement}
                        kind={kind}
                        item={null}
                        locale={locale}
                        nextOrder={ofKind.length}
                      />
                    </div>
                  </details>
                </li>
              </ul>
            </Section>
          );
        })}
      </div>
    </>
  );
}
