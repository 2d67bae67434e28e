"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { LogIn } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Maps next-auth's error code to a message the user can act on. */
function errorMessage(code: string, t: ReturnType<typeof useTranslations>): string {
  const throttled = /^THROTTLED:(\d+)$/.exec(code);
  if (throttled) return t("auth.errors.throttled", { minutes: Number(throttled[1]) });
  if (code === "CredentialsSignin") return t("auth.errors.invalid");
  return t("errors.unexpected");
}

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) {
      setError(t(username ? "auth.errors.passwordRequired" : "auth.errors.usernameRequired"));
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { username, password, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(next);
      return;
    }
    setPending(false);
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
      <p id="login-error" role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      <Button type="submit" icon={LogIn} pending={pending} pendingLabel={t("auth.signingIn")} className="w-full">
        {t("auth.signIn")}
      </Button>
    </form>
  );
}
