import { headers } from "next/headers";
import { requireUser } from "@/lib/auth/current-user";
import { unreadCount } from "@/lib/notifications/queries";
import { AppHeader } from "@/components/shell/app-header";
import { setLocale } from "@/app/actions/locale";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [unread, requestHeaders] = await Promise.all([unreadCount(user), headers()]);
  const pathname = requestHeaders.get("x-pathname") ?? "/";
  return (
    <>
      <AppHeader user={user} unread={unread} pathname={pathname} setLocale={setLocale} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
