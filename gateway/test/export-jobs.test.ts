import {
  type Client,
  connectAuthenticated,
  createAgent,
  sharedStack,
  signupTenant,
  waitFor,
} from '@switchboard/testing';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, inject, it } from 'vitest';

const stack = sharedStack(inject('sharedStack'));
let tab: Client | undefined;
afterAll(() => tab?.close());

describe('an Excel export through the gateway', () => {
  it('tells the supervisor’s socket each job_update up to COMPLETED, and downloads a valid .xlsx', async () => {
    const admin = await signupTenant(stack.call, 'Exports');
    const supervisor = await createAgent(stack.call, admin, { role: 'supervisor' });
    tab = await connectAuthenticated(stack.baseUrl, { token: supervisor.token });
    const today = new Date().toISOString().slice(0, 10);
    const res = await stack.call('POST', '/api/reports/export', {
      token: supervisor.token,
      body: { report: 'team', from: today, to: today },
    });
    expect(res.status).toBe(202);
    const { jobId } = res.body;

    const updates = () => tab?.of('job_update', (p) => p.jobId === jobId) ?? [];
    await waitFor('job_update COMPLETED', () => updates().find((u) => u.status === 'COMPLETED'), 30_000);
    const statuses = updates()
      .map((u) => u.status)
      .filter((s, i, all) => s !== all[i - 1]);
    expect(statuses).toEqual(['QUEUED', 'PROCESSING', 'COMPLETED']);

    const file = await fetch(`${stack.baseUrl}/api/jobs/${jobId}/download`, {
      headers: { authorization: `Bearer ${supervisor.token}` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Agents', 'Agent days']);
    expect(workbook.getWorksheet('Summary')?.getCell('B2').value).toBe('Team report');
  });
});
