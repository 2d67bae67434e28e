import type { Series } from "./charts";

/**
 * A chart with its text alternative: a visible caption, and the same numbers as a table that
 * screen readers read (and print shows) while the drawing itself is hidden from them.
 */
export function ChartFigure({
  id,
  title,
  caption,
  labelHeader,
  rows,
  series,
  tableLabel,
  children,
}: {
  id: string;
  title: string;
  caption: string;
  labelHeader: string;
  rows: Record<string, string | number>[];
  series: Omit<Series, "color">[];
  tableLabel: string;
  children: React.ReactNode;
}) {
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="rounded-lg border border-slate-200 bg-white p-4 break-inside-avoid"
    >
      <h3 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h3>
      <figcaption className="mt-1 text-xs text-slate-600">{caption}</figcaption>
      <div aria-hidden="true" className="mt-2 print:hidden">
        {children}
      </div>
      {/* A table grows to its content whatever its own width says; the clipped box around it keeps the
          hidden data from widening the page. */}
      <div className="sr-only print:not-sr-only">
        <table className="print:mt-2 print:w-full print:text-xs">
          <caption>{`${title} — ${tableLabel}`}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th scope="row">{r.label}</th>
                {series.map((s) => (
                  <td key={s.key}>{r[s.key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
