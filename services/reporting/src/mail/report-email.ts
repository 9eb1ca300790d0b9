import type { SummaryLine } from '../exports/sheets.js';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const shown = (value: SummaryLine['value']) =>
  value === null ? '–' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);

/** The email that carries a report: its key numbers as a small table (and as text), the .xlsx attached. */
export function reportEmail(title: string, summary: readonly SummaryLine[]) {
  const rows = summary
    .map(
      (l) =>
        `<tr><th align="left" style="padding:2px 12px 2px 0">${escapeHtml(l.label)}</th><td>${escapeHtml(shown(l.value))}</td></tr>`,
    )
    .join('\n');
  return {
    subject: title,
    html: `<h2>${escapeHtml(title)}</h2>\n<table style="border-collapse:collapse">\n${rows}\n</table>\n<p>The full report is attached as an Excel workbook.</p>`,
    text: `${title}\n\n${summary.map((l) => `${l.label}: ${shown(l.value)}`).join('\n')}\n\nThe full report is attached as an Excel workbook.`,
  };
}
