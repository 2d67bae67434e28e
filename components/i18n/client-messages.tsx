import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { namespacesFor, pickMessages, type Segment } from "@/lib/i18n/client-messages";

/** Sends the browser the messages of the shell and, below a segment, those the segment's components read. */
export async function ClientMessages({ segment, children }: { segment?: Segment; children: React.ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, namespacesFor(segment))}>
      {children}
    </NextIntlClientProvider>
  );
}
