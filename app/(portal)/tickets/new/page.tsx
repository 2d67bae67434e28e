import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { Priority, TicketCategory } from "@/lib/domain/enums";
import { canFileTickets } from "@/lib/tickets/policy";
import { PageTitle } from "@/components/ui/section";
import { NewTicketForm } from "./new-ticket-form";

export async function generateMetadata() {
  return { title: (await getTranslations("tickets"))("new") };
}

export default async function NewTicketPage() {
  await requirePermission(canFileTickets);
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
