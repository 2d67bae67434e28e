import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { liaisonContacts } from "@/lib/enterprises/contacts";
import { EmptyState, Section } from "@/components/ui/section";
import { localized } from "@/components/ui/localized";

/** Who at the enterprise to call: its liaisons, with their posts and phone numbers. */
export async function ContactsPanel({ user, enterpriseId }: { user: SessionUser; enterpriseId: string }) {
  const [contacts, t, locale] = await Promise.all([
    liaisonContacts(user, enterpriseId),
    getTranslations("enterprise"),
    getLocale(),
  ]);
  return (
    <Section title={t("contactsTitle")} id="contacts">
      {contacts.length === 0 ? (
        <EmptyState>{t("contactsNone")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {contacts.map((c) => (
            <li key={c.id} className="flex flex-wrap justify-between gap-x-4 py-2">
              <span>
                <span className="font-medium">{localized(locale, c.name, c.nameEn)}</span>
                {c.title ? <span className="ml-2 text-slate-500">{c.title}</span> : null}
              </span>
              {c.phone ? (
                <a className="text-brand-600 underline tabular-nums" href={`tel:${c.phone}`}>
                  {c.phone}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
