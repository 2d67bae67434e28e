import { getFormatter, getTranslations } from "next-intl/server";

/** When the figures shown were read: a dashboard serves them again for a short while (lib/cache/figures-cache.ts). */
export async function AsOf({ at }: { at: Date }) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const time = format.dateTime(at, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  return (
    <span data-testid="figures-as-of">
      {t.rich("asOf", { time: () => <time dateTime={at.toISOString()}>{time}</time> })}
    </span>
  );
}
