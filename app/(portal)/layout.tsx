import { getTranslations } from "next-intl/server";
import { requireSignedIn } from "@/lib/auth/current-user";
import { canUseOwnAccount } from "@/lib/account/policy";
import { unreadCount } from "@/lib/notifications/queries";
import { AppHeader } from "@/components/shell/app-header";
import { LiveUpdates } from "@/components/shell/live-updates";
import { setLocale } from "@/app/actions/locale";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  // Also for a user who must still set up two-factor sign-in: the own-account pages are in this frame;
  // every other page refuses them through requireUser/requirePermission.
  const { user, twoFactorPending } = await requireSignedIn(canUseOwnAccount);
  const [unread, t] = await Promise.all([unreadCount(user), getTranslations("shell")]);
  return (
    <>
      {/* The first stop of the keyboard: past the header and its menu, straight to the page. */}
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-brand-700 focus:shadow focus:ring-2 focus:ring-brand-600"
        data-testid="skip-link"
      >
        {t("skipToContent")}
      </a>
      <AppHeader user={user} unread={unread} setLocale={setLocale} withMenu={!twoFactorPending} />
      {twoFactorPending ? null : <LiveUpdates />}
      {/* Below `sm` the tab bar covers the bottom of the screen: the page ends above it. */}
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 pt-6 pb-24 outline-none sm:pb-6">
        {children}
      </main>
    </>
  );
}
