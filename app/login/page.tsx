import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSignedIn, TWO_FACTOR_SETUP_PATH } from "@/lib/auth/current-user";
import { homeOf } from "@/lib/navigation/menus";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { setLocale } from "@/app/actions/locale";
import { LoginForm } from "./login-form";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const signedIn = await getSignedIn();
  if (signedIn) redirect(signedIn.twoFactorPending ? TWO_FACTOR_SETUP_PATH : homeOf(signedIn.user));
  const { next } = await searchParams;
  const t = await getTranslations();
  // Only paths of this site are followed after sign-in.
  const safeNext = typeof next === "string" && /^\/(?!\/)/.test(next) ? next : "/";
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 px-4 py-10">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold text-brand-900">{t("app.name")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("app.tagline")}</p>
        <LoginForm next={safeNext} />
      </div>
      <LanguageSwitch back="/login" action={setLocale} />
    </main>
  );
}
