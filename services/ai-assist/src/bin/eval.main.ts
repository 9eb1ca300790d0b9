/**
 * npm run eval -w @switchboard/ai-assist [corpus.csv] [--seeds 5] [--test-share 0.25]
 * Trains the local provider on part of a labelled corpus and scores it on the rest (docs/ai.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { trainTenantModel } from '../domain/tenant-model.js';
import { CorpusError, type LabelledRow, readCorpus } from '../eval/corpus.js';
import { evaluateSplit } from '../eval/evaluate.js';
import { formatReport, type MemoryFigures } from '../eval/report.js';

const options = z.object({
  seeds: z.coerce.number().int().min(1).max(50).default(5),
  'test-share': z.coerce.number().gt(0).lt(1).default(0.25),
});

/** Heap held by `count` live models, per model: the figure a gateway of many tenants pays. */
function measureMemory(rows: LabelledRow[]): MemoryFigures {
  const model = trainTenantModel(rows);
  const jsonBytes = Buffer.byteLength(JSON.stringify(model));
  const gc = globalThis.gc;
  if (!gc) return { jsonBytes };
  const count = 10;
  gc();
  const before = process.memoryUsage().heapUsed;
  const models = Array.from({ length: count }, () => trainTenantModel(rows));
  gc();
  const heapBytes = (process.memoryUsage().heapUsed - before) / models.length;
  return { jsonBytes, heapBytes };
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seeds: { type: 'string' }, 'test-share': { type: 'string' } },
  });
  const parsed = options.parse(values);
  const path = positionals[0] ?? fileURLToPath(new URL('../../eval/corpus.csv', import.meta.url));
  if (!existsSync(path)) throw new CorpusError(`no file at ${path}`);
  const rows = readCorpus(readFileSync(path, 'utf8'));
  const splits = Array.from({ length: parsed.seeds }, (_, seed) =>
    evaluateSplit(rows, parsed['test-share'], seed + 1),
  );
  console.log(formatReport(path, splits, measureMemory(rows)));
}

try {
  main();
} catch (error) {
  if (!(error instanceof CorpusError || error instanceof z.ZodError)) throw error;
  console.error(`eval: ${error.message}`);
  process.exitCode = 2;
}
