import { getTranslations } from "next-intl/server";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { ReferenceField, ReferenceOperation, ReferenceSchema } from "@/lib/api/reference";

const METHOD_STYLE: Record<string, string> = {
  GET: "bg-emerald-100 text-emerald-900",
  POST: "bg-sky-100 text-sky-900",
};

type Field = ReferenceField & { in?: string };

/** A list of fields (parameters or a data shape's properties) in the portal's list table. */
async function FieldTable({ label, fields, withIn = false }: { label: string; fields: Field[]; withIn?: boolean }) {
  const t = await getTranslations("api.reference");
  const columns: (Column<Field> | false)[] = [
    { key: "name", header: t("field"), rowHeader: true, className: "font-mono text-xs", cell: (f) => f.name },
    withIn && { key: "in", header: t("in"), className: "text-xs", cell: (f) => f.in },
    { key: "type", header: t("type"), className: "font-mono text-xs break-all", cell: (f) => f.type },
    { key: "required", header: t("required"), className: "text-xs", cell: (f) => (f.required ? t("yes") : t("no")) },
    { key: "description", header: t("description"), className: "text-xs", cell: (f) => f.description },
  ];
  return (
    <DataTable
      caption={label}
      columns={columns}
      rows={fields}
      rowKey={(f) => `${f.in ?? ""}${f.name}`}
      empty={t("noFields")}
    />
  );
}

export async function ApiOperation({ operation }: { operation: ReferenceOperation }) {
  const t = await getTranslations("api.reference");
  const headingId = `op-${operation.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <h4 id={headingId} className="flex flex-wrap items-center gap-2 text-sm">
        <span className={`rounded px-2 py-0.5 font-mono text-xs font-semibold ${METHOD_STYLE[operation.method] ?? ""}`}>
          {operation.method}
        </span>
        <code className="font-mono break-all text-slate-900">/api/v1{operation.path}</code>
        {operation.public ? <span className="text-xs text-slate-500">({t("noToken")})</span> : null}
      </h4>
      <p className="mt-2 text-sm text-slate-700">{operation.summary}</p>
      {operation.parameters.length ? (
        <div className="mt-3">
          <h5 className="text-xs font-semibold text-slate-700">{t("parameters")}</h5>
          <FieldTable label={`${operation.id} ${t("parameters")}`} fields={operation.parameters} withIn />
        </div>
      ) : null}
      {operation.bodies.length ? (
        <div className="mt-3">
          <h5 className="text-xs font-semibold text-slate-700">{t("body")}</h5>
          <ul className="mt-1 space-y-1 text-xs">
            {operation.bodies.map((b) => (
              <li key={b.mediaType} className="break-all">
                <span className="text-slate-500">{b.mediaType}</span>{" "}
                <code className="font-mono text-slate-900">{b.schema}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="mt-3">
        <h5 className="text-xs font-semibold text-slate-700">{t("responses")}</h5>
        <ul className="mt-1 space-y-1 text-xs">
          {operation.responses.map((r) => (
            <li key={r.status} className="break-words">
              <span className="font-mono font-semibold text-slate-900">{r.status}</span>{" "}
              {r.schema ? <code className="font-mono text-slate-900">{r.schema}</code> : null}{" "}
              <span className="text-slate-600">{r.description}</span>
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
}

export async function ApiSchemaTable({ schema }: { schema: ReferenceSchema }) {
  return (
    <article aria-labelledby={`schema-${schema.name}`} className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={`schema-${schema.name}`} className="font-mono text-sm font-semibold text-slate-900">
        {schema.name}
      </h3>
      {schema.fields.length ? <FieldTable label={schema.name} fields={schema.fields} /> : null}
    </article>
  );
}
