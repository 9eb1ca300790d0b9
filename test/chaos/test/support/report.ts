import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '@switchboard/testing';

export type MatrixRow = {
  component: string;
  how: string;
  detail: string;
  acked: number;
  unacked: number;
  rejected: number;
  events: number;
  lost: number;
  twice: number;
  unexpected: number;
  order: number;
  leftover: number;
  deadLetters: number;
  redelivered: number;
  duplicates: number;
  drainSeconds: number;
  examples: string[];
};

export type MatrixRun = {
  seed: number;
  level: string;
  startedAt: string;
  seconds: number;
  rows: MatrixRow[];
};

const header = [
  '| Component | Fault | Acked writes | Unacked | Events | Lost | Twice | Unexpected | Order | Leftover | Redeliveries (duplicates skipped) |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];

export function markdownTable(run: MatrixRun): string {
  const line = (r: MatrixRow) =>
    `| ${r.component} | ${r.how} (${r.detail}) | ${r.acked} | ${r.unacked} | ${r.events} | ${r.lost} | ${r.twice} | ${r.unexpected} | ${r.order} | ${r.leftover} | ${r.redelivered} (${r.duplicates}) |`;
  const sum = (pick: (r: MatrixRow) => number) => run.rows.reduce((n, r) => n + pick(r), 0);
  const total = `| **all** | ${run.rows.length} faults | ${sum((r) => r.acked)} | ${sum((r) => r.unacked)} | ${sum((r) => r.events)} | ${sum((r) => r.lost)} | ${sum((r) => r.twice)} | ${sum((r) => r.unexpected)} | ${sum((r) => r.order)} | ${sum((r) => r.leftover)} | ${sum((r) => r.redelivered)} (${sum((r) => r.duplicates)}) |`;
  const caption =
    `Run of ${run.startedAt}, level \`${run.level}\`, seed \`${run.seed}\` (replay with \`CHAOS_SEED=${run.seed}\`), ` +
    `${run.seconds} s; ${sum((r) => r.rejected)} writes rejected with a 4xx; ` +
    `${sum((r) => r.deadLetters)} dead letters.`;
  return [caption, '', ...header, ...run.rows.map(line), total].join('\n');
}

const START = '<!-- fault-matrix:start -->';
const END = '<!-- fault-matrix:end -->';

/** Always `.run/chaos/fault-matrix.md`; with `intoDocs`, also docs/reliability.md between its markers. */
export async function writeReport(run: MatrixRun, intoDocs: boolean): Promise<string> {
  const table = markdownTable(run);
  const dir = join(repoRoot, '.run', 'chaos');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'fault-matrix.md'), `${table}\n`);
  await writeFile(join(dir, 'fault-matrix.json'), `${JSON.stringify(run, null, 2)}\n`);
  if (intoDocs) {
    const doc = join(repoRoot, 'docs', 'reliability.md');
    const text = await readFile(doc, 'utf8');
    const [before, rest] = text.split(START);
    const after = rest?.split(END)[1];
    if (before === undefined || after === undefined) throw new Error(`${doc} lacks the fault-matrix markers`);
    await writeFile(doc, `${before}${START}\n${table}\n${END}${after}`);
  }
  return table;
}
