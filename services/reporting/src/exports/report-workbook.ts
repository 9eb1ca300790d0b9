import { stat } from 'node:fs/promises';
import { agentReport } from '../actions/agent-reports.js';
import { teamReport } from '../actions/team-reports.js';
import type { Tx } from '../data/db.js';
import { agentDayCells, agentDayColumns, metricCells, metricColumns, totalLines } from './agent-sheets.js';
import type { ReportKind, ReportRequest } from './report-request.js';
import { addSheet, dayCell, type SummaryLine, workbookAt, writeSummary } from './sheets.js';
import { writeTicketsReport } from './tickets-sheet.js';

export type WrittenReport = {
  file: { name: string; size: number; rows: number };
  /** The Summary sheet's lines, for an email's body. */
  summary: SummaryLine[];
};

type Progress = (percent: number) => Promise<void>;

const TITLES: Record<ReportKind, string> = {
  agent: 'Agent report',
  team: 'Team report',
  tickets: 'Tickets report',
};

const headerLines = (title: string, r: ReportRequest, timeZone: string): SummaryLine[] => [
  { label: 'Report', value: title },
  { label: 'From (local day)', value: dayCell(r.from) },
  { label: 'To (local day, included)', value: dayCell(r.to) },
  { label: 'Time zone', value: timeZone },
];

/**
 * Writes the asked report as an .xlsx at `filePath`, streaming: a Summary sheet, then its data
 * sheet. The numbers come from the same actions as GET /api/reports/*.
 */
export async function writeReportWorkbook(
  db: Tx,
  tenantId: string,
  request: ReportRequest,
  filePath: string,
  progress: Progress,
): Promise<WrittenReport> {
  const workbook = workbookAt(filePath);
  const period = { from: request.from, to: request.to };
  let rows = 0;
  let summary: SummaryLine[];
  if (request.report === 'agent') {
    const report = await agentReport(db, tenantId, request.agentId ?? '', period);
    summary = [
      ...headerLines(TITLES.agent, request, report.period.timeZone),
      { label: 'Agent', value: report.agent.fullName },
      { label: 'Performance level', value: report.performanceLevel },
      ...totalLines(report.totals),
    ];
    writeSummaryAndDays(workbook, summary, [{ name: report.agent.fullName, days: report.days }]);
    rows = report.days.length;
  } else if (request.report === 'team') {
    const report = await teamReport(db, tenantId, period);
    summary = [
      ...headerLines(TITLES.team, request, report.period.timeZone),
      { label: 'Agents', value: report.agents.length },
      ...totalLines(report.totals),
    ];
    const agents = [];
    for (const [i, row] of report.agents.entries()) {
      const days = (await agentReport(db, tenantId, row.agent.id, period)).days;
      agents.push({ name: row.agent.fullName, days });
      await progress(((i + 1) / report.agents.length) * 90);
    }
    writeSummaryAndDays(workbook, summary, agents, report.agents);
    rows = agents.reduce((n, a) => n + a.days.length, 0);
  } else {
    const written = await writeTicketsReport(db, tenantId, request, workbook, headerLines, progress);
    summary = written.summary;
    rows = written.rows;
  }
  await workbook.commit();
  const name = `${request.report}-report-${request.from}-to-${request.to}.xlsx`;
  return { file: { name, size: (await stat(filePath)).size, rows }, summary };
}

type AgentDays = { name: string; days: Parameters<typeof agentDayCells>[1][] };
type AgentTotals = Awaited<ReturnType<typeof teamReport>>['agents'];

function writeSummaryAndDays(
  workbook: ReturnType<typeof workbookAt>,
  summary: SummaryLine[],
  agents: AgentDays[],
  totals?: AgentTotals,
) {
  writeSummary(workbook, summary);
  if (totals) {
    const sheet = addSheet(workbook, 'Agents', [
      { header: 'Agent', key: 'agent', width: 28 },
      ...metricColumns,
    ]);
    for (const t of totals) sheet.addRow({ agent: t.agent.fullName, ...metricCells(t) }).commit();
    sheet.commit();
  }
  const sheet = addSheet(workbook, 'Agent days', agentDayColumns);
  for (const agent of agents) {
    for (const day of agent.days) sheet.addRow(agentDayCells(agent.name, day)).commit();
  }
  sheet.commit();
}
