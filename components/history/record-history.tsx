// The "history" section of a record's page: what was done to the record, by whom and when, built
// from its audit rows. It receives rows already scoped, filtered and masked for the viewer by
// lib/audit/queries `recordHistory`, and only puts them in words.
import type { ReactNode } from "react";
import type { PreparedEvent } from "@/lib/audit/queries";
import { actionWords } from "@/lib/audit/words";
import { chinaDateTime } from "@/lib/time/china";
import { localized } from "@/components/ui/localized";
import { Link } from "@/components/ui/link";
import { EmptyState, Section } from "@/components/ui/section";
import { auditWords } from "./audit-words";
import { ChangeList } from "./change-list";

/** History entries for audit rows, each with its id: the record's page shows them, and a step's answer adds them. */
export async function historyEntries(rows: readonly PreparedEvent[]): Promise<{ id: string; node: ReactNode }[]> {
  const words = await auditWords();
  return rows.map((row) => ({
    id: row.id,
    node: (
      <li key={row.id} className="border-l-2 border-slate-200 pl-3" data-action={row.action}>
        <p className="text-sm">
          <span className="font-medium text-slate-900">
            {row.actor ? localized(words.locale, row.actor.name, row.actor.nameEn) : words.t("audit.system")}
          </span>{" "}
          <span>{actionWords(words, row.action)}</span>
        </p>
        <p className="text-xs text-slate-500 tabular-nums">
          <time dateTime={row.at.toISOString()}>{chinaDateTime(row.at)}</time>
        </p>
        <div className="mt-1">
          <ChangeList changes={row.changes} words={words} />
        </div>
      </li>
    ),
  }));
}

/**
 * The section, newest entry first. `lead` goes before the rendered rows: entries a page added since
 * it was rendered (a ticket's steps answer with their new entries only). When there are more rows
 * than shown, `allHref` leads to the page with all of them; without it (all are shown already) the
 * section says that only the latest are.
 */
export async function RecordHistory({
  rows,
  more,
  allHref,
  lead,
}: {
  rows: readonly PreparedEvent[];
  more: boolean;
  allHref?: string;
  lead?: ReactNode;
}) {
  const [words, entries] = await Promise.all([auditWords(), historyEntries(rows)]);
  return (
    <Section title={words.t("audit.history.title")} id="history">
      {rows.length === 0 && !lead ? (
        <EmptyState>{words.t("audit.history.none")}</EmptyState>
      ) : (
        <ol aria-label={words.t("audit.history.caption")} className="space-y-3" data-testid="history">
          {lead}
          {entries.map((entry) => entry.node)}
        </ol>
      )}
      {more && allHref ? (
        <p className="mt-3 text-sm">
          <Link href={allHref} className="text-brand-600 underline" data-testid="whole-history">
            {words.t("audit.history.showAll")}
          </Link>
        </p>
      ) : more ? (
        <p className="mt-3 text-xs text-slate-500">{words.t("audit.history.more", { count: rows.length })}</p>
      ) : null}
    </Section>
  );
}
