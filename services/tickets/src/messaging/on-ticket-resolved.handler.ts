import type { Envelope, EventData } from '@switchboard/contracts';
import { deliverSurvey } from '../actions/deliver-survey.js';
import type { TicketsDeps } from '../deps.js';

/**
 * The survey link goes out once the resolution has committed and its event arrived: the outbox
 * makes sure it arrives; csat_deliveries that a retry or a redelivery sends nothing twice.
 */
export const onTicketResolved =
  (deps: TicketsDeps) =>
  async (event: Envelope<EventData<'ticket.resolved'>>): Promise<void> =>
    deliverSurvey(deps, event);
