"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { Delivery } from "@/lib/users/delivery";
import { Button } from "@/components/ui/button";
import { ConfirmPanel } from "@/components/forms/confirm-panel";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { issuePasswordLink, resetTwoFactor, setAccountActive, signOutAllApps, unlockAccount } from "./actions";
import { PasswordLink } from "./password-link";

type Props = {
  userId: string;
  username: string;
  seen: string;
  active: boolean;
  hasPassword: boolean;
  blocked: boolean;
  twoFactor: boolean;
  /** How many apps are signed in with the account through the API now. */
  apps: number;
};

/**
 * Disabling and enabling, password links, unlocking, turning off two-factor sign-in and signing the
 * account's apps out (each irreversible step confirmed).
 */
export function AccessPanel({ userId, username, seen, active, hasPassword, blocked, twoFactor, apps }: Props) {
  const t = useTranslations("users");
  return (
    <div className="space-y-6">
      <ActiveSwitch userId={userId} username={username} seen={seen} active={active} />
      {active ? <LinkIssuer userId={userId} purpose={hasPassword ? "RESET" : "INVITE"} /> : null}
      {blocked ? (
        <div className="space-y-2">
          <p className="text-sm text-red-800">{t("blockedNow")}</p>
          <UnlockButton userId={userId} />
        </div>
      ) : null}
      {twoFactor ? <TwoFactorReset userId={userId} username={username} /> : null}
      <AppsSignOut userId={userId} username={username} apps={apps} />
    </div>
  );
}

function AppsSignOut({ userId, username, apps }: { userId: string; username: string; apps: number }) {
  const t = useTranslations("users");
  const { state, formAction: action, onSubmit, pending } = useActionForm(signOutAllApps, { done: t("appsSignedOut") });
  const [confirming, setConfirming] = useState(false);
  return (
    <form
      action={action}
      className="space-y-2"
      onSubmit={(event) => {
        setConfirming(false);
        onSubmit(event);
      }}
    >
      <h3 className="text-sm font-semibold text-slate-900">{t("appsTitle")}</h3>
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm" data-testid="apps-running">
        {t("appsRunning", { count: apps })}
      </p>
      <p className="text-xs text-slate-500">{t("appsHint")}</p>
      {apps > 0 && confirming ? (
        <ConfirmPanel
          message={t("signOutAppsConfirm", { username })}
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          onCancel={() => setConfirming(false)}
          pending={pending}
          pendingLabel={t("signingOutApps")}
          size="sm"
        />
      ) : null}
      {apps > 0 && !confirming ? (
        <Button variant="secondary" size="sm" onClick={() => setConfirming(true)} data-testid="sign-out-apps">
          {t("signOutApps")}
        </Button>
      ) : null}
      <FormStatus state={state} />
    </form>
  );
}

function TwoFactorReset({ userId, username }: { userId: string; username: string }) {
  const t = useTranslations("users");
  const { state, formAction: action, onSubmit, pending } = useActionForm(resetTwoFactor);
  const [confirming, setConfirming] = useState(false);
  if (state?.ok) return <p className="text-sm text-slate-700">{t("twoFactorReset")}</p>;
  return (
    <form
      action={action}
      className="space-y-2"
      onSubmit={(event) => {
        setConfirming(false);
        onSubmit(event);
      }}
    >
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm">{t("twoFactorOn")}</p>
      {confirming ? (
        <ConfirmPanel
          message={t("resetTwoFactorConfirm", { username })}
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          onCancel={() => setConfirming(false)}
          pending={pending}
          pendingLabel={t("resettingTwoFactor")}
          size="sm"
        />
      ) : (
        <Button variant="secondary" size="sm" onClick={() => setConfirming(true)} data-testid="reset-two-factor">
          {t("resetTwoFactor")}
        </Button>
      )}
      <FormStatus state={state} />
    </form>
  );
}

function ActiveSwitch({
  userId,
  username,
  seen,
  active,
}: Omit<Props, "hasPassword" | "blocked" | "twoFactor" | "apps">) {
  const t = useTranslations("users");
  const { state, formAction: action, onSubmit, pending } = useActionForm(setAccountActive);
  const [confirming, setConfirming] = useState(false);
  return (
    <form
      action={action}
      className="space-y-2"
      onSubmit={(event) => {
        setConfirming(false);
        onSubmit(event);
      }}
    >
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="seen" value={seen} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <p className="text-sm">{active ? t("isActive") : t("isDisabled")}</p>
      {active && !confirming ? (
        <Button variant="danger" size="sm" onClick={() => setConfirming(true)}>
          {t("disable")}
        </Button>
      ) : null}
      {active && confirming ? (
        <ConfirmPanel
          message={t("disableConfirm", { username })}
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          onCancel={() => setConfirming(false)}
          pending={pending}
          pendingLabel={t("disabling")}
          size="sm"
        />
      ) : null}
      {!active ? (
        <Button type="submit" size="sm" pending={pending} pendingLabel={t("disabling")}>
          {t("enable")}
        </Button>
      ) : null}
      <FormStatus state={state} />
    </form>
  );
}

function LinkIssuer({ userId, purpose }: { userId: string; purpose: "INVITE" | "RESET" }) {
  const t = useTranslations("users");
  const { state, formAction: action, onSubmit, pending } = useActionForm(issuePasswordLink);
  const delivery: Delivery | null = state?.ok ? state.data : null;
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-900">{t("passwordTitle")}</h3>
      <input type="hidden" name="userId" value={userId} />
      <p className="text-xs text-slate-500">{t("resetHint")}</p>
      <Button type="submit" variant="secondary" size="sm" pending={pending} pendingLabel={t("issuing")}>
        {purpose === "RESET" ? t("issueReset") : t("issueInvite")}
      </Button>
      {delivery ? <PasswordLink delivery={delivery} purpose={purpose} /> : <FormStatus state={state} />}
    </form>
  );
}

export function UnlockButton({ userId }: { userId: string }) {
  const t = useTranslations("users");
  const { state, formAction: action, onSubmit, pending } = useActionForm(unlockAccount, { done: t("unlocked") });
  return (
    <form action={action} onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <Button type="submit" size="sm" variant="secondary" pending={pending} pendingLabel={t("unlocking")}>
        {t("unlock")}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
