import { House } from "lucide-react";
import { ButtonLink } from "./button";

/** Full-page message for 403/404/error states. */
export function StatusPage({
  code,
  title,
  body,
  homeLabel,
}: {
  code: string;
  title: string;
  body: string;
  homeLabel: string;
}) {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-5xl font-bold text-brand-600" aria-hidden="true">
        {code}
      </p>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-slate-600">{body}</p>
      <ButtonLink href="/" icon={House} className="mt-2">
        {homeLabel}
      </ButtonLink>
    </main>
  );
}
