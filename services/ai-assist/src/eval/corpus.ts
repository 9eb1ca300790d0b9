import { z } from 'zod';
import { parseCsv } from './csv.js';

const labelledRow = z.object({
  text: z.string().trim().min(1),
  category: z.string().trim().min(1),
  priority: z.string().trim().min(1),
  sentiment: z.enum(['negative', 'neutral', 'positive']).optional(),
});

export type LabelledRow = z.infer<typeof labelledRow>;

export class CorpusError extends Error {}

/** A header row naming text, category and priority (sentiment optional), then one message a row. */
export function readCorpus(csv: string): LabelledRow[] {
  const [header, ...lines] = parseCsv(csv);
  const columns = (header ?? []).map((name) => name.trim().toLowerCase());
  for (const required of ['text', 'category', 'priority']) {
    if (!columns.includes(required)) throw new CorpusError(`the header has no "${required}" column`);
  }
  return lines.map((cells, i) => {
    const record = Object.fromEntries(
      columns.map((name, c) => [name, cells[c]?.trim() === '' ? undefined : cells[c]]),
    );
    const parsed = labelledRow.safeParse(record);
    if (!parsed.success) throw new CorpusError(`row ${i + 2}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}
