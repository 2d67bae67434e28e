"use client";

import { useTranslations } from "next-intl";
import { RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";

// The digest the database layer gives its "busy" error (lib/db/unavailable.ts; app/ does not import lib/db).
const DATABASE_BUSY_DIGEST = "DATABASE_BUSY";

// No logging here: the server logged the error with its request id and this digest (instrumentation.ts
// onRequestError), and the page shows the digest as the reference a user can quote.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("status");
  const busy = error.digest === DATABASE_BUSY_DIGEST;
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-xl font-semibold">{t(busy ? "busyTitle" : "errorTitle")}</h1>
      <p className="text-slate-600">{t(busy ? "busyBody" : "errorBody")}</p>
      {error.digest && !busy ? <p className="text-xs text-slate-400">{t("errorRef", { ref: error.digest })}</p> : null}
      <Button icon={RotateCcw} onClick={reset}>
        {t("retry")}
      </Button>
    </main>
  );
}
