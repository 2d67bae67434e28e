import { Link } from "@/components/ui/link";
import { Bell, UserRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { menuOf } from "@/lib/navigation/menus";
import { HereLink } from "./here";
import { LanguageSwitch, type SetLocaleAction } from "./language-switch";
import { MainMenu } from "./main-menu";
import type { ShellNavItem } from "./shell-nav-item";
import { SignOutButton } from "./sign-out-button";
import { TabBar } from "./tab-bar";

// The bell's link is a 44 px touch target on phones; the pill inside it is what shows.
const BELL = "inline-flex min-h-11 min-w-11 items-center justify-center sm:min-h-0 sm:min-w-0";
const PILL = "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs hover:bg-slate-200";
const PILL_UNREAD = "bg-brand-100 font-semibold text-brand-900";
const PILL_READ = "bg-slate-100 text-slate-700";

/**
 * The signed-in frame's header. On a phone (below `sm`) it is one compact line (name of the portal,
 * notifications, account) and the menu moves to the bottom tab bar, with the language switch and
 * signing out in its "more" sheet; from `sm` up the menu is a line of its own under the header's line.
 */
export async function AppHeader({
  user,
  unread,
  setLocale,
  withMenu = true,
}: {
  user: SessionUser;
  unread: number;
  setLocale: SetLocaleAction;
  /** Off while the user must set up two-factor sign-in before using the portal. */
  withMenu?: boolean;
}) {
  const t = await getTranslations();
  const items: ShellNavItem[] = (withMenu ? menuOf(user) : []).map((item) => ({
    ...item,
    text: t(`nav.${item.label}`),
  }));
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
              aria-label={t("shell.unread", { count: unread })}
              title={t("shell.unread", { count: unread })}
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
                title={t("account.menuLink")}
                className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1 font-medium text-brand-900 hover:underline sm:min-h-0 sm:min-w-0"
              >
                <UserRound aria-hidden="true" className="size-5 shrink-0 sm:size-3.5" />
                <span className="sr-only sm:not-sr-only">{user.name}</span>
                <span className="sr-only">{`(${t("account.menuLink")})`}</span>
              </HereLink>
              <span className="ml-1 hidden whitespace-nowrap text-slate-500 sm:inline">
                · {t(`roles.${user.role}`)}
              </span>
            </span>
            <div className="hidden items-center gap-3 sm:flex">
              <LanguageSwitch action={setLocale} />
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
          {user.name} · {t(`roles.${user.role}`)}
        </p>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <LanguageSwitch action={setLocale} touch />
          <SignOutButton size="md" />
        </div>
      </TabBar>
    </>
  );
}
