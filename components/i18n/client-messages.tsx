import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { addedNamespaces, namespacesFor, pickMessages, type Segment } from "@/lib/i18n/client-messages";
import { AddedMessages } from "./added-messages";

/**
 * Sends the browser the messages of the shell (the root's provider) and, below a segment, those the
 * segment's components read, added to what the providers above it sent.
 */
export async function ClientMessages({ segment, children }: { segment?: Segment; children: React.ReactNode }) {
  const messages = await getMessages();
  if (!segment)
    return (
      <NextIntlClientProvider messages={pickMessages(messages, namespacesFor())}>{children}</NextIntlClientProvider>
    );
  return <AddedMessages messages={pickMessages(messages, addedNamespaces(segment))}>{children}</AddedMessages>;
}
