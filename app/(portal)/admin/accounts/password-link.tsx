"use client";

import { useState, useSyncExternalStore } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { Delivery } from "@/lib/users/delivery";
import { Button } from "@/components/ui/button";

const noop = () => () => {};

/**
 * A freshly issued password link, shown once: the administrator copies it and hands it over. The
 * address is completed in the browser, with the origin the administrator is using.
 */
export function PasswordLink({ delivery, purpose }: { delivery: Delivery; purpose: "INVITE" | "RESET" }) {
  const t = useTranslations("users");
  const format = useFormatter();
  const [copied, setCopied] = useState(false);
  const origin = useSyncExternalStore(
    noop,
    () => window.location.origin,
    () => "",
  );
  const time = format.dateTime(new Date(delivery.expiresAt), { dateStyle: "medium", timeStyle: "short" });
  if (delivery.channel === "sent") {
    return (
      <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
        {t("linkSent", { via: delivery.via, time })}
      </p>
    );
  }
  const url = `${origin}${delivery.path}`;
  return (
    <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <p className="font-semibold text-amber-950">{t(`linkTitle${purpose}`)}</p>
      <p className="text-amber-950">{t("linkOnce")}</p>
      <input
        readOnly
        value={url}
        aria-label={t(`linkTitle${purpose}`)}
        data-testid="password-link"
        onFocus={(e) => e.currentTarget.select()}
        className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button
          size="sm"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(url);
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
        <span className="text-amber-950">{t("linkExpires", { time })}</span>
      </div>
    </div>
  );
}
