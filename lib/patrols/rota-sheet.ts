import ExcelJS from "exceljs";

export type RotaSheetRow = { date: string; weekday: string; enterprises: string; leader: string; status: string };
export type RotaSheetLabels = {
  sheet: string;
  title: string;
  date: string;
  weekday: string;
  enterprises: string;
  leader: string;
  status: string;
};

/** A month's rota as an XLSX workbook: a title row, a header row, one row per night, set up to print on one A4 page. */
export async function rotaWorkbook(rows: RotaSheetRow[], labels: RotaSheetLabels): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  // Sheet names may not exceed 31 characters.
  const sheet = book.addWorksheet(labels.sheet.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 1 },
  });
  sheet.addRow([labels.title]).font = { bold: true, size: 13 };
  sheet.addRow([labels.date, labels.weekday, labels.enterprises, labels.leader, labels.status]).font = { bold: true };
  for (const r of rows) sheet.addRow([r.date, r.weekday, r.enterprises, r.leader, r.status]);
  [12, 8, 60, 14, 10].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
