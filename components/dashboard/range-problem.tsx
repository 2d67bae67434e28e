import { TriangleAlert } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { MAX_CUSTOM_DAYS, type RangeProblem } from "@/lib/dashboard/period";

/** Says why the custom range asked for was not used, next to the period actually shown. */
export async function RangeProblemNotice({ problem }: { problem: RangeProblem | null }) {
  if (!problem) return null;
  const t = await getTranslations("dashboard.rangeProblems");
  return (
    <p
      role="alert"
      data-testid="range-problem"
      className="flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{t(problem, { maxDays: MAX_CUSTOM_DAYS })}</span>
    </p>
  );
}
