import { requireSignedIn } from "@/lib/auth/current-user";
import { canUseOwnAccount } from "@/lib/account/policy";
import { unreadCount } from "@/lib/notifications/queries";
import { AppHeader } from "@/components/shell/app-header";
import { setLocale } from "@/app/actions/locale";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  // Also for a user who must still set up two-factor sign-in: the own-account pages are in this frame;
  // every other page refuses them through requireUser/requirePermission.
  const { user, twoFactorPending } = await requireSignedIn(canUseOwnAccount);
  const unread = await unreadCount(user);
  return (
    <>
      <AppHeader user={user} unread={unread} setLocale={setLocale} withMenu={!twoFactorPending} />
      {/* Below `sm` the tab bar covers the bottom of the screen: the page ends above it. */}
      <main id="main" className="mx-auto max-w-6xl px-4 pt-6 pb-24 sm:pb-6">
        {children}
      </main>
    </>
  );
}
