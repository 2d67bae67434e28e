import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { setLocale } from "@/app/actions/locale";
import { ApiOperation, ApiSchemaTable } from "@/components/api/reference-parts";
import { apiReference } from "@/lib/api/reference";
import { rateLimitPerMinute } from "@/lib/api/tokens";

export async function generateMetadata() {
  return { title: (await getTranslations("api.reference"))("title") };
}

/** The API's readable reference, for the developers of enterprise apps; public like the contract itself. */
export default async function ApiReferencePage() {
  const [t, reference] = await Promise.all([getTranslations("api.reference"), Promise.resolve(apiReference())]);
  const steps = [
    t("stepToken"),
    t("stepCall"),
    t("stepRefresh"),
    t("stepRetry"),
    t("stepLimit", { limit: rateLimitPerMinute() }),
    t("stepLive"),
  ];
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-8">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {reference.title} · {t("version", { version: reference.version })}
          </p>
        </div>
        <LanguageSwitch back="/developers" action={setLocale} />
      </header>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <p className="text-sm">
        <a className="font-medium text-brand-700 underline" href="/api/v1/openapi.json">
          {t("document")}
        </a>
      </p>
      <section aria-labelledby="start-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="start-title" className="text-base font-semibold text-slate-900">
          {t("startTitle")}
        </h2>
        <ol className="mt-3 list-decimal space-y-2 pl-5 text-sm text-slate-700">
          {steps.map((step) => (
            <li key={step} className="break-words">
              {step}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="operations-title" className="flex flex-col gap-4">
        <h2 id="operations-title" className="text-lg font-semibold text-slate-900">
          {t("operations")}
        </h2>
        <p className="text-xs text-slate-500">{t("summariesNote")}</p>
        {reference.tags.map((tag) => (
          <section key={tag.name} aria-labelledby={`tag-${tag.name}`} className="flex flex-col gap-3">
            <h3 id={`tag-${tag.name}`} className="text-base font-semibold text-brand-900">
              {tag.name}
            </h3>
            {tag.operations.map((operation) => (
              <ApiOperation key={operation.id} operation={operation} />
            ))}
          </section>
        ))}
      </section>
      <section aria-labelledby="schemas-title" className="flex flex-col gap-3">
        <h2 id="schemas-title" className="text-lg font-semibold text-slate-900">
          {t("schemas")}
        </h2>
        {reference.schemas.map((schema) => (
          <ApiSchemaTable key={schema.name} schema={schema} />
        ))}
      </section>
    </main>
  );
}
