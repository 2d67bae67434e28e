import { Link } from "@/components/ui/link";
import { ChevronRight } from "lucide-react";

/**
 * One headline figure. With `href` the whole card opens the records behind the figure: the link sits
 * on the value and stretches over the card (one tap target, one tab stop), and its name says what it
 * opens, since the number alone does not. Without `href` it is a plain card.
 */
export function FigureCard({
  label,
  value,
  hint,
  tone = "default",
  testId,
  href,
  opens,
}: {
  label: string;
  value: string;
  hint?: string;
  tone?: "default" | "warn";
  testId?: string;
  href?: string;
  /** What the link opens, read after the label and value ("Overdue now 3 open the tickets overdue now"); needed with `href`. */
  opens?: string;
}) {
  const border = tone === "warn" ? "border-amber-300" : "border-slate-200";
  const text = tone === "warn" ? "text-amber-700" : "text-slate-900";
  return (
    <div
      data-testid={testId}
      className={`relative rounded-lg border bg-white p-4 ${border} ${href ? "hover:border-brand-600 focus-within:border-brand-600" : ""}`}
    >
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className={`mt-1 text-2xl font-semibold ${text}`}>
        {href ? (
          // Named from the label, the value and what it opens: the number alone says nothing to a
          // screen reader, and the card's own text stays the figure.
          <Link
            href={href}
            aria-label={`${label} ${value} ${opens}`}
            className="inline-flex items-center gap-1 after:absolute after:inset-0 after:rounded-lg hover:underline"
            data-testid={testId ? `${testId}-link` : undefined}
          >
            {value}
            <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-slate-400 no-print" />
          </Link>
        ) : (
          value
        )}
      </dd>
      {hint ? <dd className="mt-1 text-xs text-slate-500">{hint}</dd> : null}
    </div>
  );
}
