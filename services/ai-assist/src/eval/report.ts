import type { LabelScores, SplitResult } from './evaluate.js';
import { percentile } from './metrics.js';

const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / (values.length || 1);
const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

/** Mean over the splits, with the range when there are several. */
function spread(values: number[]): string {
  const range = values.length > 1 ? ` (${pct(Math.min(...values))}–${pct(Math.max(...values))})` : '';
  return `${pct(mean(values))}${range}`;
}

function row(name: string, all: LabelScores[]): string {
  const cells = [
    spread(all.map((s) => s.accuracy)),
    spread(all.map((s) => s.macroF1)),
    spread(all.map((s) => s.baselineAccuracy)),
    spread(all.map((s) => s.baselineMacroF1)),
    all[0]?.calibrationError === undefined ? '—' : pct(mean(all.map((s) => s.calibrationError ?? 0))),
  ];
  return `| ${name} | ${cells.join(' | ')} |`;
}

export interface MemoryFigures {
  jsonBytes: number;
  /** Heap per model, when the process runs with --expose-gc. */
  heapBytes?: number;
}

export function formatReport(source: string, splits: SplitResult[], memory: MemoryFigures): string {
  const latencies = splits.flatMap((split) => split.latenciesMs);
  const sentiment = splits.flatMap((split) => (split.sentiment ? [split.sentiment] : []));
  const first = splits[0];
  const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
  return [
    `corpus: ${source}`,
    `${splits.length} seeded splits, each training on ${first?.trainSize} and testing on ${first?.testSize} messages`,
    '',
    '| label | accuracy | macro-F1 | majority accuracy | majority macro-F1 | calibration error |',
    '| --- | --- | --- | --- | --- | --- |',
    row(
      'category',
      splits.map((split) => split.category),
    ),
    row(
      'priority',
      splits.map((split) => split.priority),
    ),
    ...(sentiment.length > 0 ? [row('sentiment (agreement)', sentiment)] : []),
    '',
    `latency per message (classify + sentiment + language): p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms over ${latencies.length} messages`,
    `full retrain of one tenant model (with calibration): ${mean(splits.map((s) => s.trainMs)).toFixed(0)} ms`,
    `memory per tenant model: ${kib(memory.jsonBytes)} as stored JSON, ${memory.heapBytes === undefined ? 'heap not measured (run with --expose-gc)' : `${kib(memory.heapBytes)} on the heap`}`,
  ].join('\n');
}
