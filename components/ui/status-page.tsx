import { House } from "lucide-react";
import { ButtonLink } from "./button";

/**
 * Full-page message for 403/404/error states. Inside the portal frame the layout already gives the
 * page its one `<main>` landmark, so there the message is a plain block (`landmark={false}`).
 */
export function StatusPage({
  code,
  title,
  body,
  homeLabel,
  landmark = true,
}: {
  code: string;
  title: string;
  body: string;
  homeLabel: string;
  landmark?: boolean;
}) {
  const Frame = landmark ? "main" : "div";
  return (
    <Frame className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-5xl font-bold text-brand-600" aria-hidden="true">
        {code}
      </p>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-slate-600">{body}</p>
      <ButtonLink href="/" icon={House} className="mt-2">
        {homeLabel}
      </ButtonLink>
    </Frame>
  );
}
