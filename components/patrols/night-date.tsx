/** A patrol night's China date with its weekday, in the reader's language. */
export function NightDate({ date, locale }: { date: string; locale: string }) {
  // The date is a calendar day; formatting it in UTC keeps it from shifting with the server's zone.
  const weekday = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", {
    weekday: "short",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));
  return (
    <time dateTime={date} className="tabular-nums">
      {date} {weekday}
    </time>
  );
}
