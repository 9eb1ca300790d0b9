import { now } from '@switchboard/clock';
import { conflictError, notFoundError } from '@switchboard/contracts';
import { answerSurvey, lockSurvey } from '../data/csat.repository.js';
import { recordEvent } from '../data/events.js';
import type { TicketsDeps } from '../deps.js';

/** A customer's answer to a survey: once per token, no login (the token is the credential). */
export async function submitCsat(
  deps: TicketsDeps,
  token: string,
  answer: { rating: number; comment?: string | undefined },
  correlationId: string,
) {
  return deps.db.transaction(async (tx) => {
    const survey = await lockSurvey(tx, token);
    if (!survey) throw notFoundError('Survey');
    if (survey.answeredAt) throw conflictError('This survey was already answered');
    const row = await answerSurvey(tx, token, { rating: answer.rating, comment: answer.comment ?? null });
    const answeredAt = (row?.answeredAt ?? now()).toISOString();
    const data = {
      ticketId: survey.ticketId,
      agentId: survey.agentId,
      rating: answer.rating,
      comment: answer.comment ?? null,
      answeredAt,
    };
    await recordEvent(tx, { tenantId: survey.tenantId, correlationId }, 'csat.submitted', data);
    return { ticketId: survey.ticketId, rating: answer.rating, answeredAt };
  });
}
