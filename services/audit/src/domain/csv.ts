const columns = [
  'at',
  'actorId',
  'actorRole',
  'action',
  'targetType',
  'targetId',
  'before',
  'after',
  'ip',
  'correlationId',
] as const;

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs it as a formula. */
function cell(value: unknown): string {
  const text =
    value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The entries as CSV, one header line then one line per entry. */
export function auditCsv(entries: Record<(typeof columns)[number], unknown>[]): string {
  const lines = entries.map((e) => columns.map((c) => cell(e[c])).join(','));
  return `${[columns.join(','), ...lines].join('\r\n')}\r\n`;
}
