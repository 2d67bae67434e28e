"use client";

import { Link } from "@/components/ui/link";
import { Bell, UserRound } from "lucide-react";
import { useTranslations } from "next-intl";
import type { NavItem } from "@/lib/navigation/menus";
import type { SessionUser } from "@/lib/auth/session-user";
import { HereLink } from "./here";
import { MainMenu } from "./main-menu";
import { SignOutButton } from "./sign-out-button";
import { TabBar } from "./tab-bar";

// The bell's link is a 44 px touch target on phones; the pill inside it is what shows.
const BELL = "inline-flex min-h-11 min-w-11 items-center justify-center sm:min-h-0 sm:min-w-0";
const PILL = "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs hover:bg-slate-200";
const PILL_UNREAD = "bg-brand-100 font-semibold text-brand-900";
const PILL_READ = "bg-slate-100 text-slate-700";

export type PortalHeaderProps = {
  name: string;
  role: SessionUser["role"];
  unread: number;
  /** The entries the user's desk admits them to; none while they must set up two-factor sign-in. */
  menu: NavItem[];
  accountLabel: string;
  /** The language switch (a server component: its form works without JavaScript), for the header's line. */
  languageSwitch: React.ReactNode;
  /** The same with a finger's touch targets, for the phone's "more" sheet. */
  touchLanguageSwitch: React.ReactNode;
};

/**
 * The signed-in frame's header. On a phone (below `sm`) it is one compact line (name of the portal,
 * notifications, account) and the menu moves to the bottom tab bar, with the language switch and
 * signing out in its "more" sheet; from `sm` up the menu is a line of its own under the header's line.
 * A browser component given only what the server decided (the menu, the count): every page renders it,
 * and the browser's part costs the server one render where a server tree costs two.
 */
export function PortalHeader({
  name,
  role,
  unread,
  menu,
  accountLabel,
  languageSwitch,
  touchLanguageSwitch,
}: PortalHeaderProps) {
  const t = useTranslations();
  const items = menu.map((item) => ({ ...item, text: t(`nav.${item.label}`) }));
  const roleName = t(`roles.${role}`);
  const unreadLabel = t("shell.unread", { count: unread });
  return (
    <>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-0.5 sm:gap-6 sm:py-2">
          <Link href="/" className="flex min-h-11 min-w-0 items-center font-semibold text-brand-900 sm:text-lg">
            <span className="truncate">{t("app.name")}</span>
          </Link>
          <div className="ml-auto flex shrink-0 items-center gap-1 sm:gap-3">
            <HereLink
              href="/notifications"
              className={BELL}
              aria-label={unreadLabel}
              title={unreadLabel}
              data-testid="unread-count"
            >
              <span className={`${PILL} ${unread > 0 ? PILL_UNREAD : PILL_READ}`}>
                <Bell aria-hidden="true" className="size-3.5 shrink-0" />
                {unread}
              </span>
            </HereLink>
            <span className="text-sm" data-testid="current-user">
              <HereLink
                href="/account"
                title={accountLabel}
                className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1 font-medium text-brand-900 hover:underline sm:min-h-0 sm:min-w-0"
              >
                <UserRound aria-hidden="true" className="size-5 shrink-0 sm:size-3.5" />
                <span className="sr-only sm:not-sr-only">{name}</span>
                <span className="sr-only">{`(${accountLabel})`}</span>
              </HereLink>
              <span className="ml-1 hidden whitespace-nowrap text-slate-500 sm:inline">· {roleName}</span>
            </span>
            <div className="hidden items-center gap-3 sm:flex">
              {languageSwitch}
              <SignOutButton />
            </div>
          </div>
        </div>
        {items.length > 0 ? (
          <div className="mx-auto hidden max-w-6xl px-4 pb-2 sm:block">
            <MainMenu items={items} label={t("shell.mainNav")} />
          </div>
        ) : null}
      </header>
      <TabBar
        items={items}
        labels={{
          nav: t("shell.mainNav"),
          more: t("shell.more"),
          moreNav: t("shell.moreNav"),
          close: t("shell.closeMore"),
        }}
      >
        <p className="mb-3 text-sm text-slate-600">
          {name} · {roleName}
        </p>
        <div className="flex flex-wrap items-center justify-between gap-3">
          {touchLanguageSwitch}
          <SignOutButton size="md" />
        </div>
      </TabBar>
    </>
  );
}
