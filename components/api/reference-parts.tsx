import { getTranslations } from "next-intl/server";
import type { ReferenceField, ReferenceOperation, ReferenceSchema } from "@/lib/api/reference";

const METHOD_STYLE: Record<string, string> = {
  GET: "bg-emerald-100 text-emerald-900",
  POST: "bg-sky-100 text-sky-900",
};

/** A table that scrolls on its own on a phone instead of widening the page; focusable so keys scroll it. */
function Scroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

async function FieldTable({
  label,
  fields,
  withIn = false,
}: {
  label: string;
  fields: (ReferenceField & { in?: string })[];
  withIn?: boolean;
}) {
  const t = await getTranslations("api.reference");
  return (
    <Scroll label={label}>
      <table className="w-full min-w-[32rem] text-left text-xs">
        <thead className="text-slate-500">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              {t("field")}
            </th>
            {withIn ? (
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("in")}
              </th>
            ) : null}
            <th scope="col" className="py-1 pr-3 font-medium">
              {t("type")}
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              {t("required")}
            </th>
            <th scope="col" className="py-1 font-medium">
              {t("description")}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={`${f.in ?? ""}${f.name}`} className="border-t border-slate-100 align-top">
              <td className="py-1 pr-3 font-mono text-slate-900">{f.name}</td>
              {withIn ? <td className="py-1 pr-3 text-slate-600">{f.in}</td> : null}
              <td className="py-1 pr-3 font-mono break-all text-slate-700">{f.type}</td>
              <td className="py-1 pr-3 text-slate-700">{f.required ? t("yes") : t("no")}</td>
              <td className="py-1 text-slate-600">{f.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
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
