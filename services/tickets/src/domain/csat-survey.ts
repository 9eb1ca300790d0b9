/** docs/tickets.md "CSAT": what a survey link is and for how long it takes an answer. */

/** The page the gateway serves for a survey: `PUBLIC_URL/csat/<token>`. */
export const surveyLink = (publicUrl: string, token: string) =>
  `${publicUrl}/csat/${encodeURIComponent(token)}`;

/** A survey older than `days` is gone: its page and its answer are a 404, like an unknown token. */
export const surveyExpired = (issuedAt: Date, days: number, now: Date) =>
  now.getTime() - issuedAt.getTime() > days * 86_400_000;

export type SurveyChannel = 'callback' | 'email';

/**
 * Every way the ticket can reach its customer: the tenant's channel callback when the customer
 * wrote in through the channel, and email when the customer has an address. Web chat does not
 * exist yet (docs/decisions.md).
 */
export function surveyChannels(ticket: {
  channelExternalId: string | null;
  callbackUrl: string | null;
  customerEmail: string | null;
}): SurveyChannel[] {
  const channels: SurveyChannel[] = [];
  if (ticket.customerEmail) channels.push('email');
  if (ticket.channelExternalId && ticket.callbackUrl) channels.push('callback');
  return channels;
}

/** The words that go with the link, on every channel (plain text: a channel or mail client shows it as is). */
export const surveyText = (tenantName: string, subject: string, link: string) =>
  `Your request "${subject}" is resolved. ${tenantName} would like to know how we did: ` +
  `please rate your experience at ${link}`;
