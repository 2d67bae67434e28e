import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSignedIn } from "@/lib/auth/current-user";
import { canUseOwnAccount } from "@/lib/account/policy";
import { getOwnAccount, getTwoFactorSetup } from "@/lib/account/queries";
import { PageTitle, Section } from "@/components/ui/section";
import { confirmTwoFactor, disableTwoFactor, startTwoFactor } from "../actions";
import { StartTwoFactorForm } from "./start-form";
import { ConfirmTwoFactorForm } from "./confirm-form";
import { DisableTwoFactorForm } from "./disable-form";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("twoFactor.title") };
}

export default async function TwoFactorPage() {
  const { user, twoFactorPending } = await requireSignedIn(canUseOwnAccount);
  const [t, account, setup] = await Promise.all([
    getTranslations("account"),
    getOwnAccount(user),
    getTwoFactorSetup(user),
  ]);
  if (!account) notFound();
  return (
    <>
      <PageTitle subtitle={t("twoFactor.intro")}>{t("twoFactor.title")}</PageTitle>
      {twoFactorPending ? (
        <p role="alert" className="mb-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("twoFactor.mustSetUp")}
        </p>
      ) : null}
      <div className="space-y-6">
        <Section title={t("twoFactor.statusLabel", { status: t(`twoFactor.status.${account.twoFactor}`) })} id="state">
          {account.twoFactor === "OFF" ? <StartTwoFactorForm action={startTwoFactor} /> : null}
          {account.twoFactor === "SETTING_UP" && setup ? (
            <div className="space-y-4">
              <p className="max-w-prose text-sm text-slate-700">{t("twoFactor.scan")}</p>
              <div
                role="img"
                aria-label={t("twoFactor.qrLabel")}
                className="size-48 bg-white [&>svg]:size-full"
                // The SVG is built on the server by the qrcode package from the otpauth URI: no user text.
                dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
              />
              <p className="text-sm text-slate-700">
                {t("twoFactor.manualKey")}{" "}
                <code data-testid="totp-key" className="rounded bg-slate-100 px-2 py-1 font-mono text-sm break-all">
                  {setup.key}
                </code>
              </p>
              <p className="max-w-prose text-sm text-slate-700">{t("twoFactor.enterCode")}</p>
            </div>
          ) : null}
          {/* Always at this place in the tree: confirming sets the session cookie, which re-renders the
              page as "on", and the form must keep the recovery codes it is showing. */}
          <ConfirmTwoFactorForm
            action={confirmTwoFactor}
            showForm={account.twoFactor === "SETTING_UP" && setup !== null}
          />
          {account.twoFactor === "SETTING_UP" ? <StartTwoFactorForm action={startTwoFactor} restart /> : null}
          {account.twoFactor === "ON" ? (
            <div className="space-y-4">
              <p className="text-sm text-slate-600">{t("twoFactor.codesLeft", { count: account.recoveryCodesLeft })}</p>
              {account.twoFactorRequired ? (
                <p className="text-sm text-slate-600">{t("twoFactor.required")}</p>
              ) : (
                <div>
                  <h2 className="text-base font-semibold text-slate-900">{t("twoFactor.disableTitle")}</h2>
                  <DisableTwoFactorForm action={disableTwoFactor} />
                </div>
              )}
            </div>
          ) : null}
        </Section>
        {twoFactorPending ? null : (
          <Link href="/account" className="inline-flex min-h-11 items-center text-sm text-brand-600 hover:underline">
            {t("twoFactor.back")}
          </Link>
        )}
      </div>
    </>
  );
}
