import { getTranslations } from "next-intl/server";
import type { UnitKind } from "@/lib/organisation/schemas";
import { PageTitle, Section } from "@/components/ui/section";
import { setUnitActive } from "./actions";
import { UnitActivationForm } from "./activation-form";
import { UnitInactiveBadge } from "./unit-badge";

/** The frame of a unit's edit page: its title, the edit form, and below it deactivation or reactivation. */
export async function UnitEditPage({
  kind,
  title,
  unit,
  displayName,
  children,
}: {
  kind: UnitKind;
  title: string;
  unit: { id: string; version: number; active: boolean };
  displayName: string;
  children: React.ReactNode;
}) {
  const t = await getTranslations("organisation");
  return (
    <>
      <PageTitle subtitle={displayName}>
        {title}
        {unit.active ? null : <UnitInactiveBadge />}
      </PageTitle>
      {children}
      <div className="mt-6 max-w-3xl">
        <Section title={t("activation.title")} id="activation">
          <UnitActivationForm
            action={setUnitActive}
            kind={kind}
            id={unit.id}
            version={unit.version}
            name={displayName}
            active={!unit.active}
          />
        </Section>
      </div>
    </>
  );
}
