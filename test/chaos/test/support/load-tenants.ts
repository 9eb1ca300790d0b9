import { createAgent, type Stack, signupTenant, waitFor } from '@switchboard/testing';
import pg from 'pg';
import type { Edge } from './http.js';

export type Worker = { id: string; token: string };
export type LoadTenant = {
  index: number;
  tenantId: string;
  admin: Worker;
  agents: Worker[];
  /** The channel secret, to sign customers' inbound messages as a messaging provider would. */
  channelSecret: string;
};

/**
 * A tenant whose agents are clocked in and known to the ticket service, with auto-assignment off
 * (the load assigns every ticket itself, so every assignment is a write it made).
 */
export async function setUpTenant(stack: Stack, edge: Edge, index: number, agentCount: number) {
  const signedUp = await signupTenant(stack.call, `Chaos ${index}`);
  const admin = { id: signedUp.userId, token: signedUp.token };
  const agents: Worker[] = [];
  for (let i = 0; i < agentCount; i++) agents.push(await createAgent(stack.call, signedUp));
  await waitUntilTicketsKnows(stack.databaseUrls.tickets, signedUp.tenantId, agentCount);
  await edge.must('PUT', '/api/assignment/settings', {
    token: admin.token,
    body: { enabled: false, defaultCapacity: 100, reassignAfterMinutes: null, categoryDepartments: {} },
  });
  for (const agent of agents) await edge.must('POST', '/api/sessions/clock-in', { token: agent.token });
  const channels = await edge.must('GET', '/api/channels', { token: admin.token });
  return { index, tenantId: signedUp.tenantId, admin, agents, channelSecret: channels.secret as string };
}

async function waitUntilTicketsKnows(url: string, tenantId: string, agents: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await waitFor(
      'the ticket service to learn the agents',
      async () => {
        const { rows } = await client.query(`select count(*)::int as n from agents where tenant_id = $1`, [
          tenantId,
        ]);
        return rows[0].n >= agents;
      },
      60_000,
    );
  } finally {
    await client.end();
  }
}
