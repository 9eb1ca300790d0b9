import { randomBytes } from 'node:crypto';
import { now } from '@switchboard/clock';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from './db.js';
import { csatDeliveries, csatSurveys, customers, messages, tenants, tickets } from './schema.js';

/** A fresh one-time survey for a resolved ticket; its token is the only key to answer it. */
export async function issueSurvey(
  tx: Tx,
  survey: { tenantId: string; ticketId: string; agentId: string | null },
) {
  const token = randomBytes(24).toString('base64url');
  await tx.insert(csatSurveys).values({ token, ...survey });
  return token;
}

export async function lockSurvey(tx: Tx, token: string) {
  const [row] = await tx.select().from(csatSurveys).where(eq(csatSurveys.token, token)).for('update');
  return row;
}

/** A survey with its tenant's display name (null while the tenant is not known here yet). */
export async function findSurvey(tx: Tx, token: string) {
  const [row] = await tx
    .select({ survey: csatSurveys, tenantName: tenants.name })
    .from(csatSurveys)
    .leftJoin(tenants, eq(tenants.tenantId, csatSurveys.tenantId))
    .where(eq(csatSurveys.token, token));
  return row;
}

export async function answerSurvey(
  tx: Tx,
  token: string,
  answer: { rating: number; comment: string | null },
) {
  const [row] = await tx
    .update(csatSurveys)
    .set({ ...answer, answeredAt: now() })
    .where(eq(csatSurveys.token, token))
    .returning();
  return row;
}

/** What delivering a survey needs to know of its ticket: the subject, the customer's address, the channel. */
export async function surveyRecipient(tx: Tx, tenantId: string, ticketId: string) {
  const [row] = await tx
    .select({
      subject: tickets.subject,
      customer: { name: customers.name, email: customers.email, phone: customers.phone },
    })
    .from(tickets)
    .leftJoin(customers, eq(customers.id, tickets.customerId))
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.id, ticketId)));
  if (!row) return undefined;
  // A message with an external id came in over the channel webhook (docs/api.md §4.6).
  const [latest] = await tx
    .select({ externalId: messages.externalId })
    .from(messages)
    .where(
      and(eq(messages.tenantId, tenantId), eq(messages.ticketId, ticketId), isNotNull(messages.externalId)),
    )
    .orderBy(desc(messages.createdAt))
    .limit(1);
  return { ...row, channelExternalId: latest?.externalId ?? null };
}

export async function deliveredChannels(tx: Tx, token: string) {
  const rows = await tx
    .select({ channel: csatDeliveries.channel })
    .from(csatDeliveries)
    .where(eq(csatDeliveries.token, token));
  return rows.map((r) => r.channel);
}

export async function recordDelivery(
  tx: Tx,
  delivery: { token: string; tenantId: string; channel: 'callback' | 'email' },
) {
  await tx.insert(csatDeliveries).values(delivery).onConflictDoNothing();
}
