import ExcelJS from 'exceljs';

/** One column of a data sheet: its header (with the unit when it has one), width and cell format. */
export type Column = { header: string; key: string; width: number; numFmt?: string };

export const DATE = 'yyyy-mm-dd';
export const DATE_TIME = 'yyyy-mm-dd hh:mm';
export const DECIMAL = '0.00';

/** A streaming workbook written straight to `filePath`: rows leave memory as they are committed. */
export const workbookAt = (filePath: string) =>
  new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true, useSharedStrings: false });

export type Workbook = ReturnType<typeof workbookAt>;
export type Sheet = ReturnType<Workbook['addWorksheet']>;

/** A sheet with a bold, frozen header row and the given columns. */
export function addSheet(workbook: Workbook, name: string, columns: readonly Column[]): Sheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/** One line of the Summary sheet: a label and a typed value. */
export type SummaryLine = { label: string; value: string | number | Date | null };

/** The Summary sheet: the report's name, the tenant's period and its totals, written and committed. */
export function writeSummary(workbook: Workbook, lines: readonly SummaryLine[]) {
  const sheet = addSheet(workbook, 'Summary', [
    { header: 'Item', key: 'label', width: 36 },
    { header: 'Value', key: 'value', width: 40 },
  ]);
  for (const line of lines) {
    const row = sheet.addRow(line);
    if (line.value instanceof Date) row.getCell('value').numFmt = DATE;
    row.commit();
  }
  sheet.commit();
}

/** Seconds as minutes, two decimals (null stays empty). */
export const minutes = (seconds: number | null | undefined) =>
  seconds === null || seconds === undefined ? null : Math.round((seconds / 60) * 100) / 100;

/** A local date "YYYY-MM-DD" as the Excel date of that day. */
export const dayCell = (date: string) => new Date(`${date}T00:00:00Z`);
