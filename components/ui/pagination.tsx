import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { filterHref } from "@/lib/forms/url-filters";

// Links tall enough to tap on a phone.
const LINK = "inline-flex min-h-11 items-center text-brand-600 underline sm:min-h-0";

/**
 * Previous/next links that keep the page number in the URL, so a reload shows the same page.
 * `query` carries the list's other parameters (filters) into every page link; nothing is shown when
 * everything fits on one page. DataTable renders it for you through its `pagination` prop.
 *
 *   const page = parsePage(query.page);
 *   <Pagination page={page} pageSize={20} total={total} basePath="/disputes" query={filterQuery(filters)} />
 */
export async function Pagination({
  page,
  pageSize,
  total,
  basePath,
  query = {},
}: {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  query?: Record<string, string | undefined>;
}) {
  const t = await getTranslations("common");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  const href = (p: number) => filterHref(basePath, { ...query, page: p });
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={LINK}>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className={LINK}>
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** A page number from the query string: a positive integer, anything else is page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 10_000) : 1;
}
