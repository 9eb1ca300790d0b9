import { randomBytes } from 'node:crypto';
import { now } from '@switchboard/clock';
import { eq } from 'drizzle-orm';
import type { Tx } from './db.js';
import { csatSurveys } from './schema.js';

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
