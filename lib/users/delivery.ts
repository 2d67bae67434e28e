// How a password link reaches its person. No mail or SMS server is assumed: by default the link is
// shown once to the administrator, who hands it over. An SMS or e-mail sender plugs in here later
// (setPasswordLinkSender at start-up); commands only ever talk to this interface.
import type { PasswordTokenPurpose } from "../db/generated/enums.ts";

export type PasswordLink = {
  /** The path of the link, `/reset/<token>`; the sender makes it absolute with the site's address. */
  path: string;
  purpose: PasswordTokenPurpose;
  expiresAt: Date;
  recipient: { username: string; name: string; phone: string };
};

/** What the administrator is told: the link itself to hand over, or that a sender has delivered it. */
export type Delivery =
  { channel: "shown"; path: string; expiresAt: Date } | { channel: "sent"; via: string; expiresAt: Date };

export interface PasswordLinkSender {
  deliver(link: PasswordLink): Promise<Delivery>;
}

/** The default: nothing is sent; the administrator sees the link once and passes it on in person. */
export const showToAdministrator: PasswordLinkSender = {
  async deliver({ path, expiresAt }) {
    return { channel: "shown", path, expiresAt };
  },
};

let sender: PasswordLinkSender = showToAdministrator;

export function passwordLinkSender(): PasswordLinkSender {
  return sender;
}

/** Installs another sender (an SMS gateway …); returns a function that puts the previous one back. */
export function setPasswordLinkSender(next: PasswordLinkSender): () => void {
  const previous = sender;
  sender = next;
  return () => {
    sender = previous;
  };
}
