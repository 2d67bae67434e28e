import { CHINA_OFFSET_MS, chinaDate, chinaDateTime, chinaMidnight, parseChinaDate } from "../time/china.ts";

/**
 * A value of an exported table. Plain strings and counts stay as they are; shares, one-decimal
 * figures and instants say what they are, so that a workbook formats them (87.5 %, 4.3, a date cell)
 * and a CSV writes them as a reader expects, instead of raw decimals and dates as text.
 */
export type Cell =
  | string
  | number
  | null
  | { kind: "share"; value: number }
  | { kind: "decimal"; value: number }
  | { kind: "date" | "datetime" | "month"; value: Date };

export const shareCell = (v: number | null): Cell => (v === null ? null : { kind: "share", value: v });
export const decimalCell = (v: number | null): Cell => (v === null ? null : { kind: "decimal", value: v });
export const dateCell = (v: Date | null): Cell => (v === null ? null : { kind: "date", value: v });
export const dateTimeCell = (v: Date | null): Cell => (v === null ? null : { kind: "datetime", value: v });

/** A China calendar day given as YYYY-MM-DD (a period's first day, a week's Monday) as a date cell; text that is no date stays text. */
export function dayCell(day: string): Cell {
  const number = parseChinaDate(day);
  return number === null ? day : { kind: "date", value: chinaMidnight(number) };
}

/** The China month a YYYY-MM-DD day falls in, as a date cell shown as year and month. */
export function monthCell(day: string): Cell {
  const number = parseChinaDate(day);
  return number === null ? day : { kind: "month", value: chinaMidnight(number) };
}

/** The cell as CSV text: shares as percentages with one decimal, instants in Beijing time. */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell !== "object") return String(cell);
  switch (cell.kind) {
    case "share":
      return `${(Math.round(cell.value * 1000) / 10).toFixed(1)}%`;
    case "decimal":
      return (Math.round(cell.value * 10) / 10).toFixed(1);
    case "date":
      return chinaDate(cell.value);
    case "datetime":
      return chinaDateTime(cell.value);
    case "month":
      return chinaDate(cell.value).slice(0, 7);
  }
}

/** Excel's number format of each kind of cell; a plain number is a count, shown as a whole number. */
export const NUMBER_FORMATS = {
  count: "0",
  share: "0.0%",
  decimal: "0.0",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm",
  month: "yyyy-mm",
} as const;

/**
 * The cell's value for a workbook. Spreadsheet dates carry no zone and show the wall time they
 * hold, so an instant is shifted to the Beijing wall time its readers expect.
 */
export function cellValue(cell: Cell): string | number | Date | null {
  if (cell === null || typeof cell !== "object") return cell;
  if (cell.kind !== "share" && cell.kind !== "decimal") return new Date(cell.value.getTime() + CHINA_OFFSET_MS);
  return cell.value;
}

/** How wide a cell's text shows, counting a Chinese character as two, for fitting column widths. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return width;
}
