"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { LogIn } from "lucide-react";
import { Button } from "@/components/ui/button";
import { applyPreferredLocale } from "@/app/actions/locale";

/** Maps next-auth's error code to a message the user can act on. */
function errorMessage(code: string, t: ReturnType<typeof useTranslations>): string {
  const throttled = /^THROTTLED:(\d+)$/.exec(code);
  if (throttled) return t("auth.errors.throttled", { minutes: Number(throttled[1]) });
  if (code === "CredentialsSignin") return t("auth.errors.invalid");
  if (code === "CODE_REQUIRED") return t("auth.errors.codeRequired");
  if (code === "CODE_INVALID") return t("auth.errors.codeInvalid");
  return t("errors.unexpected");
}

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Shown once the server said the password was right and the account uses two-factor sign-in.
  const [askCode, setAskCode] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const code = String(form.get("code") ?? "").trim();
    if (!username || !password) {
      setError(t(username ? "auth.errors.passwordRequired" : "auth.errors.usernameRequired"));
      return;
    }
    if (askCode && !code) {
      setError(t("auth.errors.codeRequired"));
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { username, password, code, redirect: false });
    if (result?.ok && !result.error) {
      // The language the user chose before, also on a computer they have not used yet.
      await applyPreferredLocale().catch(() => undefined);
      window.location.assign(next);
      return;
    }
    setPending(false);
    if (result?.error === "CODE_REQUIRED" || result?.error === "CODE_INVALID") setAskCode(true);
    setError(errorMessage(result?.error ?? "", t));
  }

  return (
    <form
      id="login-form"
      onSubmit={onSubmit}
      className="mt-6 space-y-4"
      noValidate
      aria-describedby={error ? "login-error" : undefined}
    >
      <div>
        <label htmlFor="username" className="block text-sm font-medium text-slate-700">
          {t("auth.username")}
        </label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          required
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          {t("auth.password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base"
        />
      </div>
      {askCode ? (
        <div>
          <label htmlFor="code" className="block text-sm font-medium text-slate-700">
            {t("auth.code")}
          </label>
          <input
            id="code"
            name="code"
            autoComplete="one-time-code"
            autoFocus
            required
            aria-describedby="code-hint"
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-base"
          />
          <p id="code-hint" className="mt-1 text-sm text-slate-600">
            {t("auth.codeHint")}
          </p>
        </div>
      ) : null}
      <p id="login-error" role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      <Button type="submit" icon={LogIn} pending={pending} pendingLabel={t("auth.signingIn")} className="w-full">
        {t("auth.signIn")}
      </Button>
    </form>
  );
}
