import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { Priority, TicketCategory } from "@/lib/db/generated/enums";
import { PageTitle } from "@/components/ui/section";
import { NewTicketForm } from "./new-ticket-form";

export async function generateMetadata() {
  return { title: (await getTranslations("tickets"))("new") };
}

export default async function NewTicketPage() {
  await requireRole("LIAISON");
  const [t, tc, tp] = await Promise.all([
    getTranslations("tickets"),
    getTranslations("sla.categories"),
    getTranslations("sla.priorities"),
  ]);
  return (
    <>
      <PageTitle subtitle={t("newSubtitle")}>{t("new")}</PageTitle>
      <NewTicketForm
        categories={Object.values(TicketCategory).map((value) => ({ value, label: tc(value) }))}
        priorities={Object.values(Priority).map((value) => ({ value, label: tp(value) }))}
      />
    </>
  );
}
