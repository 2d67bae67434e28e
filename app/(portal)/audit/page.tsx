import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "@/lib/audit/catalog";
import { parseAuditFilters, withoutPosition } from "@/lib/audit/filters";
import { canReadAuditLog } from "@/lib/audit/policy";
import {
  AUDIT_EXPORT_MAX,
  auditActorName,
  auditActorOptions,
  auditPage,
  type PreparedEvent,
} from "@/lib/audit/queries";
import { actionWords, entityWords } from "@/lib/audit/words";
import { filterHref, hasActiveFilters, type SearchParams } from "@/lib/forms/url-filters";
import { chinaDateTime } from "@/lib/time/china";
import { auditWords } from "@/components/history/audit-words";
import { ChangeList } from "@/components/history/change-list";
import { buttonClasses } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { FilterCheckbox, FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { localized } from "@/components/ui/localized";
import { PageTitle, Section } from "@/components/ui/section";
import { DateFilter } from "./date-filter";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

type Props = { searchParams: Promise<SearchParams> };

const LINK = "inline-flex min-h-11 items-center text-brand-600 underline sm:min-h-0";

export default async function AuditPage({ searchParams }: Props) {
  const user = await requirePermission(canReadAuditLog);
  const filters = parseAuditFilters(await searchParams);
  const [words, t, { rows, next }, actors, filteredActor] = await Promise.all([
    auditWords(),
    getTranslations("audit"),
    auditPage(user, filters),
    auditActorOptions(user),
    filters.actor ? auditActorName(user, filters.actor) : null,
  ]);
  const name = (n: { name: string; nameEn: string }) => localized(words.locale, n.name, n.nameEn);
  const base = withoutPosition(filters);
  // A liaison reached from a row is not among the select's police; keep them as a choice so the form shows the filter.
  const actorChoices = [
    ...actors.map((a) => ({ value: a.id, label: a.active ? name(a) : t("inactive", { name: name(a) }) })),
    ...(filteredActor && !actors.some((a) => a.id === filteredActor.id)
      ? [{ value: filteredActor.id, label: name(filteredActor) }]
      : []),
  ];
  const exportQuery = filterHref("", base);
  const columns: Column<PreparedEvent>[] = [
    {
      key: "time",
      header: t("columns.time"),
      className: "tabular-nums whitespace-nowrap",
      cell: (e) => <time dateTime={e.at.toISOString()}>{chinaDateTime(e.at)}</time>,
    },
    {
      key: "actor",
      header: t("columns.actor"),
      cell: (e) =>
        e.actor ? (
          <Link
            href={filterHref("/audit", { ...base, actor: e.actor.id })}
            className="text-brand-600 hover:underline"
            aria-label={t("filterByActor", { name: name(e.actor) })}
          >
            {name(e.actor)}
          </Link>
        ) : (
          t("system")
        ),
    },
    { key: "action", header: t("columns.action"), rowHeader: true, cell: (e) => actionWords(words, e.action) },
    {
      key: "record",
      header: t("columns.record"),
      cell: (e) => (
        <span>
          {entityWords(words, e.entity)}{" "}
          {e.href ? (
            <Link href={e.href} className="font-mono text-xs text-brand-600 hover:underline">
              {e.entityId}
            </Link>
          ) : (
            <span className="font-mono text-xs text-slate-500">{e.entityId}</span>
          )}
        </span>
      ),
    },
    { key: "changes", header: t("columns.changes"), cell: (e) => <ChangeList changes={e.changes} words={words} /> },
  ];
  return (
    <>
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <FilterForm action="/audit" showClear={hasActiveFilters(base)} className="mb-4">
        <FilterSelect
          name="actor"
          label={t("filterActor")}
          allLabel={t("allActors")}
          options={actorChoices}
          defaultValue={filters.actor}
        />
        <FilterSelect
          name="entity"
          label={t("filterEntity")}
          allLabel={t("allEntities")}
          options={AUDIT_ENTITIES.map((e) => ({ value: e, label: entityWords(words, e) }))}
          defaultValue={filters.entity}
        />
        <FilterSelect
          name="action"
          label={t("filterAction")}
          allLabel={t("allActions")}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: actionWords(words, a) }))}
          defaultValue={filters.action}
        />
        <DateFilter name="from" label={t("filterFrom")} defaultValue={filters.from} />
        <DateFilter name="to" label={t("filterTo")} defaultValue={filters.to} />
        <FilterCheckbox name="pii" label={t("piiOnly")} defaultChecked={filters.pii} />
      </FilterForm>
      <div className="mb-4 flex flex-wrap items-center gap-3 text-sm">
        <a href={`/audit/export${exportQuery}`} className={buttonClasses({ size: "sm" })} data-testid="export-xlsx">
          {t("exportXlsx")}
        </a>
        <a
          href={`/audit/export${filterHref("", { ...base, format: "csv" })}`}
          className={LINK}
          data-testid="export-csv"
        >
          {t("exportCsv")}
        </a>
        <span className="text-slate-500">{t("exportNote", { max: AUDIT_EXPORT_MAX })}</span>
      </div>
      <Section title={t("title")} id="audit">
        <DataTable
          caption={t("caption")}
          columns={columns}
          rows={rows}
          rowKey={(e) => e.id}
          rowData={(e) => ({ action: e.action })}
          empty={t("none")}
          testId="audit-table"
        />
        {filters.after || next ? (
          <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between gap-3 text-sm">
            {filters.after ? (
              <Link href={filterHref("/audit", base)} className={LINK}>
                {t("newest")}
              </Link>
            ) : (
              <span />
            )}
            {next ? (
              <Link href={filterHref("/audit", { ...base, after: next })} className={LINK} data-testid="older">
                {t("more")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </Section>
    </>
  );
}
