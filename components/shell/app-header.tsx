import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { menuOf } from "@/lib/navigation/menus";
import { LanguageSwitch, type SetLocaleAction } from "./language-switch";
import { PortalHeader } from "./portal-header";

/**
 * The signed-in frame's header: the server decides what the user's desk admits them to (menuOf asks
 * each page's question), the browser component draws it.
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
  const t = await getTranslations("account");
  return (
    <PortalHeader
      name={user.name}
      role={user.role}
      unread={unread}
      menu={withMenu ? menuOf(user) : []}
      accountLabel={t("menuLink")}
      languageSwitch={<LanguageSwitch action={setLocale} />}
      touchLanguageSwitch={<LanguageSwitch action={setLocale} touch />}
    />
  );
}
