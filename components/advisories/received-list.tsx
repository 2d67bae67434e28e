import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { ReceivedAdvisory } from "@/lib/advisories/queries";
import { chinaDate } from "@/lib/time/china";
import { EmptyState } from "@/components/ui/section";
import { UrgencyBadge } from "./urgency-badge";

/** Where the enterprise stands with one advisory it received. */
export const receivedState = (r: Pick<ReceivedAdvisory, "readAt" | "acknowledgedAt">) =>
  r.acknowledgedAt ? "acknowledged" : r.readAt ? "read" : "unread";

/**
 * A liaison's advisories as a list, unacknowledged urgent ones marked. The links do not prefetch:
 * opening an advisory is what counts as reading it.
 */
export async function ReceivedList({ rows, empty }: { rows: ReceivedAdvisory[]; empty: string }) {
  const t = await getTranslations("advisories");
  if (!rows.length) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="received-advisories">
      {rows.map((r) => {
        const state = receivedState(r);
        const pressing = r.urgent && state !== "acknowledged";
        return (
          <li
            key={r.advisory.id}
            className={`flex flex-wrap items-center justify-between gap-2 py-2 ${pressing ? "bg-red-50 px-2" : ""}`}
          >
            <span>
              <Link
                href={`/advisories/${r.advisory.id}`}
                prefetch={false}
                className="font-medium text-brand-600 hover:underline"
              >
                {r.advisory.title}
              </Link>
              <UrgencyBadge urgent={r.urgent} />
              <span className="block text-xs text-slate-600 tabular-nums">{chinaDate(r.createdAt)}</span>
            </span>
            <span className={`text-xs ${state === "acknowledged" ? "text-slate-600" : "font-medium text-slate-900"}`}>
              {t(`states.${state}`)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
