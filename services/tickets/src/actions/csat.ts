import { now } from '@switchboard/clock';
import { conflictError, notFoundError } from '@switchboard/contracts';
import { answerSurvey, findSurvey, lockSurvey } from '../data/csat.repository.js';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import type { TicketsDeps } from '../deps.js';
import { surveyExpired } from '../domain/csat-survey.js';

/** An unknown token and an expired survey answer alike: nothing says which one it was. */
const live = <S extends { issuedAt: Date }>(deps: TicketsDeps, survey: S | undefined): S => {
  if (!survey || surveyExpired(survey.issuedAt, deps.config.CSAT_SURVEY_DAYS, now()))
    throw notFoundError('Survey');
  return survey;
};

/**
 * What the survey page shows (docs/api.md §4.8): the tenant's name and whether it is answered;
 * nothing of the ticket, the agent or anyone else.
 */
export async function surveyPage(deps: TicketsDeps, token: string) {
  const row = await findSurvey(deps.db, token);
  const survey = live(deps, row?.survey);
  return { tenantName: row?.tenantName ?? null, answered: survey.answeredAt !== null };
}

/** A customer's answer to a survey: once per token, no login (the token is the credential). */
export async function submitCsat(
  deps: TicketsDeps,
  token: string,
  answer: { rating: number; comment?: string | undefined },
  correlationId: string,
) {
  return deps.db.transaction(async (tx) => {
    const survey = live(deps, await lockSurvey(tx, token));
    if (survey.answeredAt) throw conflictError('This survey was already answered');
    return recordAnswer(tx, { ...survey, token }, answer, correlationId);
  });
}

async function recordAnswer(
  tx: Tx,
  survey: { token: string; tenantId: string; ticketId: string; agentId: string | null },
  answer: { rating: number; comment?: string | undefined },
  correlationId: string,
) {
  const row = await answerSurvey(tx, survey.token, {
    rating: answer.rating,
    comment: answer.comment ?? null,
  });
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
}
