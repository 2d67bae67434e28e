/**
 * The portal's list table: a real <table> on wide screens, the same markup shown as one card per row
 * on phones (below `sm`), each value preceded by its column's name. Server component.
 *
 *   import { DataTable, type Column } from "@/components/ui/data-table";
 *
 *   const columns: Column<DisputeListRow>[] = [
 *     { key: "parties", header: t("parties"), rowHeader: true,
 *       cell: (d) => <Link href={`/disputes/${d.id}`}>{d.parties}</Link> },
 *     { key: "createdAt", header: t("recordedAt"), align: "end", className: "tabular-nums",
 *       cell: (d) => chinaDate(d.createdAt), sortable: sortHrefs("/disputes", filters, "createdAt") },
 *   ];
 *   <DataTable
 *     caption={t("caption")}
 *     columns={columns}
 *     rows={rows}
 *     rowKey={(d) => d.id}
 *     empty={t("none")}
 *     sort={{ key: "createdAt", dir: "desc" }}
 *     pagination={{ page, pageSize: 20, total, basePath: "/disputes", query: filterQuery(filters) }}
 *   />
 *
 * `DataTable` (data-table.tsx, server only) adds the translated labels (from `common`) and the
 * pagination links to `DataTableView`, which takes every label as a prop and can be rendered anywhere
 * (unit tests, client components such as upload previews).
 *
 * Accessibility: the caption is required (visually hidden unless `captionVisible`), headers are
 * <th scope="col">, the column with `rowHeader` is <th scope="row">, the sorted column has aria-sort.
 * Because the card layout changes the CSS display of table elements, every element carries its
 * explicit role (table, rowgroup, row, columnheader, rowheader, cell) so assistive technology keeps
 * the table. The card labels come from each cell's data-label through a ::before whose alternative
 * text is empty, so screen readers do not read the column name twice.
 */
import { Link } from "@/components/ui/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { ReactNode } from "react";
import { EmptyState } from "./section";

export type SortDir = "asc" | "desc";

export type Column<Row> = {
  /** Unique among the columns; the key of `sort` when sortable. */
  key: string;
  /** The column's name: the header, and the label before each value in the card layout. */
  header: string;
  cell: (row: Row) => ReactNode;
  /** The column that names the row (a title, a number): rendered as <th scope="row">. */
  rowHeader?: boolean;
  /** Alignment on wide screens (numbers and dates: "end"); the cards always align to the start. */
  align?: "start" | "center" | "end";
  /** Links that sort the list by this column; `first` is the direction of the first click (default "asc"). */
  sortable?: { asc: string; desc: string; first?: SortDir };
  /** Extra classes for the column's cells (e.g. "tabular-nums", "font-mono text-xs"). */
  className?: string;
};

export type DataTablePagination = {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  query?: Record<string, string | undefined>;
};

export type DataTableLabels = { sortedAscending: string; sortedDescending: string };

export type DataTableViewProps<Row> = {
  /** What the table lists; read out by screen readers, visible only with `captionVisible`. */
  caption: string;
  captionVisible?: boolean;
  /** The columns in order; false/null/undefined entries are skipped (`showEnterprise && { … }`). */
  columns: (Column<Row> | false | null | undefined)[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Extra classes for a row (e.g. to tint an overdue one). */
  rowClassName?: (row: Row) => string | undefined;
  /** data-testid of a row, for browser tests. */
  rowTestId?: (row: Row) => string;
  /** data-* attributes of a row (`{ line: "4" }` → data-line="4"), for scripts and browser tests. */
  rowData?: (row: Row) => Record<string, string>;
  /** Shown (in an EmptyState) instead of the table when there are no rows. */
  empty: ReactNode;
  /** The current order; its column header gets aria-sort and an arrow. */
  sort?: { key: string; dir: SortDir };
  /** Shown under the table, e.g. the previous/next links `DataTable` puts there for `pagination`. */
  footer?: ReactNode;
  /** data-testid of the table, for browser tests. */
  testId?: string;
  labels: DataTableLabels;
};

const ALIGN = { start: "text-left", center: "text-center", end: "text-right" } as const;

function dataAttributes(data: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(data ?? {}).map(([key, value]) => [`data-${key}`, value]));
}

// Below `sm` the table, its row groups, rows and cells become blocks: one bordered card per row.
const TABLE = "w-full text-left text-sm max-sm:block";
const HEAD = "border-b border-slate-200 text-slate-500 max-sm:block max-sm:border-0";
const BODY = "max-sm:block max-sm:space-y-2";
// Row, cell and value styles are classes of their own in app/globals.css: repeated on every cell of
// a long table, the utilities themselves made up most of the page.
const ROW = "dt-row";
const CELL = "dt-cell";
const VALUE = "dt-value";

function HeaderCell<Row>({
  column,
  sort,
  labels,
}: {
  column: Column<Row>;
  sort?: { key: string; dir: SortDir };
  labels: DataTableLabels;
}) {
  const { sortable } = column;
  const current = sort?.key === column.key ? sort.dir : undefined;
  // On phones the header row is hidden, except for the sortable headers: they stay as sort links.
  const className = [
    // One line per header on wide screens: a narrow card scrolls the table rather than breaking a
    // Chinese header per character.
    "py-2 pr-3 font-medium last:pr-0 sm:whitespace-nowrap",
    ALIGN[column.align ?? "start"],
    sortable
      ? "max-sm:inline-block max-sm:rounded-full max-sm:border max-sm:border-slate-200 max-sm:bg-white max-sm:px-3 max-sm:py-1"
      : "max-sm:sr-only",
  ].join(" ");
  const Icon = current === "asc" ? ArrowUp : current === "desc" ? ArrowDown : ArrowUpDown;
  const label = (
    <>
      {column.header}
      {current || sortable ? (
        <Icon aria-hidden="true" className={`size-3.5 shrink-0 ${current ? "" : "text-slate-400"}`} />
      ) : null}
      {current ? (
        <span className="sr-only"> {current === "asc" ? labels.sortedAscending : labels.sortedDescending}</span>
      ) : null}
    </>
  );
  // The next click reverses the current order; an unsorted column starts with its `first` direction.
  const next: SortDir = current ? (current === "asc" ? "desc" : "asc") : (sortable?.first ?? "asc");
  return (
    <th
      scope="col"
      role="columnheader"
      aria-sort={current === "asc" ? "ascending" : current === "desc" ? "descending" : undefined}
      className={className}
    >
      {sortable ? (
        <Link
          href={sortable[next]}
          className={`inline-flex items-center gap-1 hover:text-slate-900 hover:underline ${current ? "text-slate-900" : ""}`}
        >
          {label}
        </Link>
      ) : current ? (
        <span className="inline-flex items-center gap-1">{label}</span>
      ) : (
        label
      )}
    </th>
  );
}

/** The table itself, every label as a prop (no translations): see the file's comment. */
export function DataTableView<Row>({
  caption,
  captionVisible = false,
  columns: maybeColumns,
  rows,
  rowKey,
  rowClassName,
  rowTestId,
  rowData,
  empty,
  sort,
  footer,
  testId,
  labels,
}: DataTableViewProps<Row>) {
  const columns = maybeColumns.filter((c): c is Column<Row> => Boolean(c));
  const hasSortable = columns.some((c) => c.sortable);
  return (
    <div>
      {rows.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <div className="sm:overflow-x-auto">
          <table role="table" className={TABLE} data-testid={testId}>
            <caption
              className={captionVisible ? "mb-2 text-left text-sm font-medium text-slate-700 max-sm:block" : "sr-only"}
            >
              {caption}
            </caption>
            <thead role="rowgroup" className={`${HEAD} ${hasSortable ? "max-sm:mb-2" : "max-sm:sr-only"}`}>
              <tr role="row" className="max-sm:flex max-sm:flex-wrap max-sm:gap-2">
                {columns.map((column) => (
                  <HeaderCell key={column.key} column={column} sort={sort} labels={labels} />
                ))}
              </tr>
            </thead>
            <tbody role="rowgroup" className={BODY}>
              {rows.map((row) => (
                <tr
                  key={rowKey(row)}
                  role="row"
                  className={[ROW, rowClassName?.(row)].filter(Boolean).join(" ")}
                  data-testid={rowTestId?.(row)}
                  {...dataAttributes(rowData?.(row))}
                >
                  {columns.map((column) => {
                    const className = [CELL, ALIGN[column.align ?? "start"], column.className]
                      .filter(Boolean)
                      .join(" ");
                    const value = <div className={VALUE}>{column.cell(row)}</div>;
                    return column.rowHeader ? (
                      <th
                        key={column.key}
                        scope="row"
                        role="rowheader"
                        data-label={column.header}
                        className={`${className} font-medium`}
                      >
                        {value}
                      </th>
                    ) : (
                      <td key={column.key} role="cell" data-label={column.header} className={className}>
                        {value}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {footer}
    </div>
  );
}
