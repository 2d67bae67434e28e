import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireSignedIn, TWO_FACTOR_SETUP_PATH } from "@/lib/auth/current-user";
import { canRequireTwoFactor, canUseOwnAccount } from "@/lib/account/policy";
import {
  API_SESSION_LIST_LENGTH,
  getOwnAccount,
  listOwnApiSessions,
  listOwnSignIns,
  SIGN_IN_HISTORY_LENGTH,
} from "@/lib/account/queries";
import { isLocale } from "@/i18n/locales";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { changePassword, setPreferredLocale, signOutAllApps, signOutApp, signOutEverywhere } from "./actions";
import { AppSessions } from "./app-sessions";
import { PasswordForm } from "./password-form";
import { LanguageForm } from "./language-form";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const { user, twoFactorPending } = await requireSignedIn(canUseOwnAccount);
  const [t, format, locale, account, signIns, apps] = await Promise.all([
    getTranslations("account"),
    getFormatter(),
    getLocale(),
    getOwnAccount(user),
    listOwnSignIns(user),
    listOwnApiSessions(user),
  ]);
  if (!account) notFound();
  const when = (d: Date) =>
    format.dateTime(d, { year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" });
  return (
    <>
      <PageTitle subtitle={t("signedInAs", { name: account.name, username: account.username })}>{t("title")}</PageTitle>
      {twoFactorPending ? (
        <p role="alert" className="mb-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("twoFactor.mustSetUp")}{" "}
          <Link href={TWO_FACTOR_SETUP_PATH} className="font-medium underline">
            {t("twoFactor.start")}
          </Link>
        </p>
      ) : null}
      <div className="space-y-6">
        <Section title={t("password.title")} id="password">
          <PasswordForm action={changePassword} />
        </Section>
        <Section title={t("twoFactor.title")} id="two-factor">
          <p className="text-sm" data-testid="two-factor-status">
            {t("twoFactor.statusLabel", { status: t(`twoFactor.status.${account.twoFactor}`) })}
          </p>
          {account.twoFactor === "ON" ? (
            <p className="mt-1 text-sm text-slate-600">
              {t("twoFactor.codesLeft", { count: account.recoveryCodesLeft })}
            </p>
          ) : (
            <p className="mt-1 max-w-prose text-sm text-slate-600">{t("twoFactor.intro")}</p>
          )}
          {account.twoFactorRequired ? <p className="mt-1 text-sm text-slate-600">{t("twoFactor.required")}</p> : null}
          <Link
            href={TWO_FACTOR_SETUP_PATH}
            className="mt-2 inline-flex min-h-11 items-center text-sm font-medium text-brand-600 hover:underline"
          >
            {t("twoFactor.manage")}
          </Link>
          {canRequireTwoFactor(user) ? (
            <Link
              href="/settings/security"
              className="ml-4 mt-2 inline-flex min-h-11 items-center text-sm font-medium text-brand-600 hover:underline"
            >
              {t("security.title")}
            </Link>
          ) : null}
        </Section>
        <Section title={t("language.title")} id="language">
          <LanguageForm action={setPreferredLocale} current={account.locale ?? (isLocale(locale) ? locale : "zh-CN")} />
        </Section>
        <Section title={t("signIns.title")} id="sign-ins">
          {signIns.length === 0 ? (
            <EmptyState>{t("signIns.empty")}</EmptyState>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="mb-2 text-left text-slate-600">
                  {t("signIns.caption", { count: SIGN_IN_HISTORY_LENGTH })}
                </caption>
                <thead>
                  <tr className="border-b border-slate-200 text-slate-600">
                    <th scope="col" className="py-2 pr-4 font-medium">
                      {t("signIns.at")}
                    </th>
                    <th scope="col" className="py-2 pr-4 font-medium">
                      {t("signIns.address")}
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      {t("signIns.outcome")}
                    </th>
                  </tr>
                </thead>
                <tbody data-testid="sign-in-history">
                  {signIns.map((e) => (
                    <tr key={e.id} className="border-b border-slate-100">
                      <td className="py-2 pr-4 whitespace-nowrap">{when(e.at)}</td>
                      <td className="py-2 pr-4 font-mono break-all">{e.address ?? t("signIns.unknownAddress")}</td>
                      <td className={`py-2 ${e.outcome === "SUCCESS" ? "" : "text-red-700"}`}>
                        {t(`signIns.outcomes.${e.outcome}`)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="mt-2 text-sm text-slate-600">{t("signIns.hint")}</p>
        </Section>
        <Section title={t("apps.title")} id="apps">
          <p className="mb-3 max-w-prose text-sm text-slate-600">{t("apps.intro")}</p>
          {apps.length === 0 ? (
            <EmptyState>{t("apps.empty")}</EmptyState>
          ) : (
            <AppSessions
              sessions={apps.map((a) => ({
                id: a.id,
                client: a.client,
                signedInAt: when(a.createdAt),
                lastUsedAt: when(a.lastUsedAt),
                lastAddress: a.lastAddress,
              }))}
              signOutApp={signOutApp}
              signOutAllApps={signOutAllApps}
            />
          )}
          {apps.length >= API_SESSION_LIST_LENGTH ? (
            <p className="mt-2 text-sm text-slate-600">{t("apps.more", { count: API_SESSION_LIST_LENGTH })}</p>
          ) : null}
          <p className="mt-2 max-w-prose text-sm text-slate-600">{t("apps.hint")}</p>
        </Section>
        <Section title={t("sessions.title")} id="sessions">
          <SignOutEverywhereForm action={signOutEverywhere} />
        </Section>
      </div>
    </>
  );
}
