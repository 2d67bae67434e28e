"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { LogOut } from "lucide-react";
import type { ActionResult } from "@/lib/auth/action-core";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmPanel } from "@/components/forms/confirm-panel";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";

type Action<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/** An app signed in through the API, its times already written in the reader's language and China time. */
export type AppSessionItem = {
  id: string;
  client: string;
  signedInAt: string;
  lastUsedAt: string;
  lastAddress: string | null;
};

/** The running app sessions, each signed out on its own after a confirmation, or all at once. */
export function AppSessions<A, B>({
  sessions,
  signOutApp,
  signOutAllApps,
}: {
  sessions: AppSessionItem[];
  signOutApp: Action<A>;
  signOutAllApps: Action<B>;
}) {
  const t = useTranslations("account.apps");
  return (
    <div className="space-y-4">
      <ul aria-label={t("listLabel")} className="divide-y divide-slate-100" data-testid="app-sessions">
        {sessions.map((s) => (
          <li key={s.id} className="py-3 first:pt-0">
            <p className="font-medium break-words text-slate-900">{s.client}</p>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
              <dt className="text-slate-600">{t("signedInAt")}</dt>
              <dd className="tabular-nums">{s.signedInAt}</dd>
              <dt className="text-slate-600">{t("lastUsedAt")}</dt>
              <dd className="tabular-nums">{s.lastUsedAt}</dd>
              {s.lastAddress ? (
                <>
                  <dt className="text-slate-600">{t("lastAddress")}</dt>
                  <dd className="font-mono break-all">{s.lastAddress}</dd>
                </>
              ) : null}
            </dl>
            <SignOutApp action={signOutApp} session={s} />
          </li>
        ))}
      </ul>
      {sessions.length >= 2 ? <SignOutAllApps action={signOutAllApps} /> : null}
    </div>
  );
}

function SignOutApp<T>({ action, session }: { action: Action<T>; session: AppSessionItem }) {
  const t = useTranslations("account.apps");
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done: t("done") });
  const [confirming, setConfirming] = useState(false);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        setConfirming(false);
        onSubmit(event);
      }}
      className="mt-2 space-y-2"
    >
      <input type="hidden" name="sessionId" value={session.id} />
      {confirming ? (
        <ConfirmPanel
          message={t("signOutConfirm", { client: session.client })}
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          onCancel={() => setConfirming(false)}
          pending={pending}
          pendingLabel={t("working")}
        />
      ) : (
        <Button
          variant="secondary"
          icon={LogOut}
          onClick={() => setConfirming(true)}
          aria-label={t("signOutLabel", { client: session.client })}
        >
          {t("signOut")}
        </Button>
      )}
      <FormStatus state={state} />
    </form>
  );
}

function SignOutAllApps<T>({ action }: { action: Action<T> }) {
  const t = useTranslations("account.apps");
  const { state, formAction, onSubmit, pending } = useActionForm(action, { done: t("doneAll") });
  const [confirming, setConfirming] = useState(false);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        setConfirming(false);
        onSubmit(event);
      }}
      className="space-y-2"
    >
      {confirming ? (
        <ConfirmPanel
          message={t("signOutAllConfirm")}
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          onCancel={() => setConfirming(false)}
          pending={pending}
          pendingLabel={t("working")}
        />
      ) : (
        <Button variant="danger" icon={LogOut} onClick={() => setConfirming(true)}>
          {t("signOutAll")}
        </Button>
      )}
      <FormStatus state={state} />
    </form>
  );
}
