import Link from "next/link";
import { Bell, UserRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { menuOf } from "@/lib/navigation/menus";
import { LanguageSwitch, type SetLocaleAction } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

const NAV_CURRENT = "bg-brand-50 font-medium text-brand-900";
const NAV_OTHER = "text-slate-700 hover:bg-slate-100";
const BELL = "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs hover:bg-slate-200";
const BELL_UNREAD = "bg-brand-100 font-semibold text-brand-900";
const BELL_READ = "bg-slate-100 text-slate-700";

export async function AppHeader({
  user,
  unread,
  pathname,
  setLocale,
  withMenu = true,
}: {
  user: SessionUser;
  unread: number;
  pathname: string;
  setLocale: SetLocaleAction;
  /** Off while the user must set up two-factor sign-in before using the portal. */
  withMenu?: boolean;
}) {
  const t = await getTranslations();
  const onNotifications = pathname === "/notifications" || pathname.startsWith("/notifications?");
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-900">
          {t("app.name")}
        </Link>
        <nav aria-label={t("shell.mainNav")} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex gap-1 overflow-x-auto">
            {(withMenu ? menuOf(user) : []).map((item) => {
              const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={current ? "page" : undefined}
                    className={`block rounded px-3 py-1.5 text-sm ${current ? NAV_CURRENT : NAV_OTHER}`}
                  >
                    {t(`nav.${item.label}`)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <Link
            href="/notifications"
            aria-current={onNotifications ? "page" : undefined}
            className={`${BELL} ${unread > 0 ? BELL_UNREAD : BELL_READ}`}
            aria-label={t("shell.unread", { count: unread })}
            title={t("shell.unread", { count: unread })}
            data-testid="unread-count"
          >
            <Bell aria-hidden="true" className="size-3.5 shrink-0" />
            {unread}
          </Link>
          <span className="text-sm" data-testid="current-user">
            <Link
              href="/account"
              aria-current={pathname === "/account" || pathname.startsWith("/account/") ? "page" : undefined}
              title={t("account.menuLink")}
              className="inline-flex items-center gap-1 font-medium text-brand-900 hover:underline"
            >
              <UserRound aria-hidden="true" className="size-3.5 shrink-0" />
              {user.name}
              <span className="sr-only">{`(${t("account.menuLink")})`}</span>
            </Link>
            <span className="ml-1 text-slate-500">· {t(`roles.${user.role}`)}</span>
          </span>
          <LanguageSwitch back={pathname} action={setLocale} />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
