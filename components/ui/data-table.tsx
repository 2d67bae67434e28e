// The list table for server components: DataTableView (data-table-view.tsx, see its usage comment)
// with its labels translated and previous/next links under it.
import { getTranslations } from "next-intl/server";
import { DataTableView, type DataTablePagination, type DataTableViewProps } from "./data-table-view";
import { Pagination } from "./pagination";

export type { Column, DataTablePagination, SortDir } from "./data-table-view";

export type DataTableProps<Row> = Omit<DataTableViewProps<Row>, "labels" | "footer"> & {
  /** Previous/next links under the table (shown when there is more than one page). */
  pagination?: DataTablePagination;
};

/** DataTableView with its labels translated from `common` and its pagination links. */
export async function DataTable<Row>({ pagination, ...props }: DataTableProps<Row>) {
  const t = await getTranslations("common");
  return (
    <DataTableView
      {...props}
      labels={{ sortedAscending: t("sortedAscending"), sortedDescending: t("sortedDescending") }}
      footer={pagination ? <Pagination {...pagination} /> : null}
    />
  );
}
