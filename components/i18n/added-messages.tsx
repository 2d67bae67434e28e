"use client";

import { useMemo } from "react";
import { NextIntlClientProvider, useLocale, useMessages, type AbstractIntlMessages } from "next-intl";

/**
 * The messages of the providers above, with a segment's own added: the page is sent the added
 * namespaces only, not the shell's again with them. Locale, time zone and formats are inherited.
 */
export function AddedMessages({ messages, children }: { messages: AbstractIntlMessages; children: React.ReactNode }) {
  const inherited = useMessages();
  const locale = useLocale();
  const merged = useMemo(() => ({ ...inherited, ...messages }), [inherited, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
