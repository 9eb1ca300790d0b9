import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX } from '../src/jobs/report-jobs.js';
import { type ReportingHarness, startReporting, type Team } from './support/reporting-harness.js';
import { DAY, scriptedDay } from './support/scripted-day.js';
import { readWorkbook, recordsOf } from './support/workbooks.js';

let h: ReportingHarness;
let ours: Team;
let theirs: Team;
beforeAll(async () => {
  h = await startReporting();
  [ours, theirs] = await Promise.all([h.tenant(), h.tenant()]);
  await h.publishApplied(scriptedDay(ours).events);
});
afterAll(() => h?.stop());

const teamExport = { report: 'team', from: DAY, to: DAY };

describe('an Excel export (EXCEL_EXPORT)', () => {
  let jobId: string;

  it('runs QUEUED → PROCESSING → COMPLETED, announcing each step as job.updated', async () => {
    const res = await h.call('POST', '/api/reports/export', { as: ours.supervisor, body: teamExport });
    expect(res.status).toBe(202);
    jobId = res.body.jobId;
    const job = await h.settledJob(jobId, ours.supervisor);
    expect(job).toMatchObject({ type: 'EXCEL_EXPORT', attempts: 1, progress: 100, error: null });
    expect(job.result.file).toMatchObject({ name: `team-report-${DAY}-to-${DAY}.xlsx`, rows: 3 }); // the floor: the supervisor and two agents, one day
    const updates = (await h.recorded(ours.tenantId, 'job.updated')).filter((e) => e.data.jobId === jobId);
    const statuses = updates.map((e) => e.data.status).filter((s, i, all) => s !== all[i - 1]);
    expect(statuses).toEqual(['QUEUED', 'PROCESSING', 'COMPLETED']);
    expect(updates.every((e) => e.data.requesterId === ours.supervisor.userId)).toBe(true);
  });

  it('downloads as an .xlsx whose rows are the team and agent reports’ numbers', async () => {
    const file = await h.download(`/api/jobs/${jobId}/download`, ours.supervisor);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe(XLSX);
    expect(file.headers['content-disposition']).toContain(`team-report-${DAY}-to-${DAY}.xlsx`);
    const { sheets, workbook } = await readWorkbook(file.content);
    expect(Object.keys(sheets)).toEqual(['Summary', 'Agents', 'Agent days']);
    expect(workbook.getWorksheet('Agent days')?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const summary = Object.fromEntries(sheets.Summary?.slice(1).map(([k, v]) => [k, v]) ?? []);
    const team = (await h.call('GET', `/api/reports/team?from=${DAY}&to=${DAY}`, { as: ours.supervisor }))
      .body;
    expect(summary).toMatchObject({
      Report: 'Team report',
      'Time zone': 'Europe/Berlin',
      'Tickets resolved': team.totals.ticketsResolved,
      'Messages sent': team.totals.messagesSent,
    });
    expect(summary['From (local day)']).toEqual(new Date(`${DAY}T00:00:00Z`));

    const days = recordsOf(sheets['Agent days'] ?? []);
    expect(days).toHaveLength(team.agents.length);
    const report = (
      await h.call('GET', `/api/reports/agents/${ours.agent.userId}?from=${DAY}&to=${DAY}`, {
        as: ours.supervisor,
      })
    ).body;
    const [day] = report.days;
    const row = days.find((d) => d.Agent === ours.agent.fullName);
    expect(row).toMatchObject({
      Date: new Date(`${DAY}T00:00:00Z`),
      'Tickets handled': day.ticketsHandled,
      'Tickets resolved': day.ticketsResolved,
      'Messages sent': day.messagesSent,
      'Avg first response (min)': Math.round((day.firstResponseTime.avg / 60) * 100) / 100,
      'Worked (min)': Math.round((day.workedSeconds / 60) * 100) / 100,
      'Late (min)': day.attendance.lateMinutes,
      Absent: false,
    });
    expect(typeof row?.['Tickets resolved']).toBe('number');
  });

  it('lets an agent export only their own agent report, and shows them only their own jobs', async () => {
    const own = await h.call('POST', '/api/reports/export', {
      as: ours.agent,
      body: { report: 'agent', from: DAY, to: DAY },
    });
    expect(own.status).toBe(202);
    await h.settledJob(own.body.jobId, ours.agent);
    for (const body of [
      teamExport,
      { report: 'agent', from: DAY, to: DAY, agentId: ours.otherAgent.userId },
    ]) {
      const refused = await h.call('POST', '/api/reports/export', { as: ours.agent, body });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('FORBIDDEN');
    }
    const mine = (await h.call('GET', '/api/jobs', { as: ours.agent })).body;
    expect(mine.data.map((j: { id: string }) => j.id)).toEqual([own.body.jobId]);
    expect(mine.meta).toEqual({ total: 1, page: 1, limit: 20, totalPages: 1 });
    expect((await h.call('GET', `/api/jobs/${jobId}`, { as: ours.agent })).status).toBe(404);
    const all = (await h.call('GET', '/api/jobs?type=EXCEL_EXPORT&status=COMPLETED', { as: ours.viewer }))
      .body;
    expect(all.meta.total).toBe(2);
  });

  it('refuses an invalid request with 400 VALIDATION_FAILED and queues nothing', async () => {
    const before = (await h.call('GET', '/api/jobs', { as: ours.admin })).body.meta.total;
    for (const body of [
      { report: 'weekly', from: DAY, to: DAY },
      { report: 'team', from: '2026-03-12', to: DAY },
      { report: 'team', from: DAY },
      { report: 'agent', from: DAY, to: DAY, agentId: 'nobody' },
    ]) {
      const res = await h.call('POST', '/api/reports/export', { as: ours.admin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details.length).toBeGreaterThan(0);
    }
    expect((await h.call('GET', '/api/jobs?type=BOGUS', { as: ours.admin })).status).toBe(400);
    expect((await h.call('GET', '/api/jobs', { as: ours.admin })).body.meta.total).toBe(before);
  });

  it('answers 409 to a retry of a job that did not fail', async () => {
    const res = await h.call('POST', `/api/jobs/${jobId}/retry`, { as: ours.supervisor });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('CONFLICT');
  });

  it('keeps tenants apart: another tenant neither sees, lists, downloads nor retries our jobs', async () => {
    for (const [method, url] of [
      ['GET', `/api/jobs/${jobId}`],
      ['GET', `/api/jobs/${jobId}/download`],
      ['POST', `/api/jobs/${jobId}/retry`],
    ] as const) {
      const res = await h.call(method, url, { as: theirs.admin });
      expect(res.status, url).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    expect((await h.call('GET', '/api/jobs', { as: theirs.admin })).body).toMatchObject({
      data: [],
      meta: { total: 0 },
    });
    const foreignAgent = { report: 'agent', from: DAY, to: DAY, agentId: ours.agent.userId };
    expect(
      (await h.call('POST', '/api/reports/export', { as: theirs.admin, body: foreignAgent })).status,
    ).toBe(404);
    expect((await h.call('GET', '/api/jobs')).status).toBe(401);
  });
});
