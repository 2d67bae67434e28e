"use client";

import { useLinkStatus } from "next/link";

/**
 * A thin bar across the top of the screen while the link it sits in is opening its page. Pages are
 * rendered on the server, so a click may take a moment before anything changes; the bar shows it
 * was taken. It fades in after a short delay (globals.css), so quick navigations do not flicker.
 */
export function NavigationPending() {
  const { pending } = useLinkStatus();
  return pending ? <span aria-hidden="true" className="navigation-pending" data-testid="navigation-pending" /> : null;
}
