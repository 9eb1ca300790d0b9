import ExcelJS from 'exceljs';

/** An .xlsx read back with exceljs: each sheet's rows as arrays of cell values (header first). */
export async function readWorkbook(content: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheets: Record<string, unknown[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    sheets[sheet.name] = rows;
  });
  return { workbook, sheets };
}

/** A data sheet's rows as objects keyed by the header row. */
export function recordsOf(rows: unknown[][]): Record<string, unknown>[] {
  const [header = [], ...body] = rows;
  return body.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? null])));
}
