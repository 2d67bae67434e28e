import type { FieldChange } from "@/lib/audit/diff";
import { fieldWords, valueWords, type Words } from "@/lib/audit/words";

/**
 * The fields one audit row changed, each as "field: before → after". A definition list rather than
 * a table so that it reads the same in a table cell, on a phone and to a screen reader, which hears
 * "before" and "after" instead of the arrow.
 */
export function ChangeList({ changes, words }: { changes: readonly FieldChange[]; words: Words }) {
  if (changes.length === 0) return null;
  return (
    <dl className="grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm" data-testid="changes">
      {changes.map((c) => {
        const created = c.before.kind === "empty";
        return (
          <div key={c.field} className="contents" data-field={c.field}>
            <dt className="text-slate-500">{fieldWords(words, c.field)}</dt>
            <dd className="min-w-0 [overflow-wrap:anywhere]">
              {created ? null : (
                <>
                  <span className="sr-only">{words.t("audit.change.before")}: </span>
                  <del className="text-slate-500" data-testid="before">
                    {valueWords(words, c.before)}
                  </del>
                  <span aria-hidden="true"> → </span>
                  <span className="sr-only">, {words.t("audit.change.after")}: </span>
                </>
              )}
              <ins className="no-underline" data-testid="after">
                {valueWords(words, c.after)}
              </ins>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
