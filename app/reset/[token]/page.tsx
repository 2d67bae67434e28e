import { Link } from "@/components/ui/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { passwordLinkFor } from "@/lib/users/queries";
import { TOKEN_PATTERN } from "@/lib/users/schemas";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { setLocale } from "@/app/actions/locale";
import { ResetForm } from "./reset-form";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users.reset");
  // The token is in the address: no other site may learn it from a Referer header, and no index keeps it.
  return { title: t("titleRESET"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

/** Where a password-reset or invitation link leads: no session needed, the link is the credential. */
export default async function ResetPage({ params }: Props) {
  const { token } = await params;
  const [t, format] = await Promise.all([getTranslations("users.reset"), getFormatter()]);
  const link = TOKEN_PATTERN.test(token) ? await passwordLinkFor(token) : ({ state: "invalid" } as const);
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 px-4 py-10">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        {link.state === "valid" ? (
          <>
            <h1 className="text-xl font-semibold text-brand-900">{t(`title${link.purpose}`)}</h1>
            <p className="mt-2 text-sm text-slate-700">
              {t(`intro${link.purpose}`, { username: link.username, name: link.name })}
            </p>
            <p className="mt-1 mb-4 text-xs text-slate-500">
              {t("expiresAt", { time: format.dateTime(link.expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}
            </p>
            <ResetForm token={token} username={link.username} />
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold text-brand-900">{t("refusedTitle")}</h1>
            <p className="mt-2 text-sm text-slate-700" data-testid="link-refused">
              {t(link.state)}
            </p>
            <Link href="/login" className="mt-4 inline-block text-sm text-brand-600 hover:underline">
              {t("signIn")}
            </Link>
          </>
        )}
      </div>
      <LanguageSwitch back={`/reset/${token}`} action={setLocale} />
    </main>
  );
}
