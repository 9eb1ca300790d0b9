import { createHash } from 'node:crypto';
import { now } from '@switchboard/clock';
import type { EventData } from '@switchboard/contracts';
import { findChannel } from '../data/channels.repository.js';
import { deliveredChannels, findSurvey, recordDelivery, surveyRecipient } from '../data/csat.repository.js';
import type { TicketsDeps } from '../deps.js';
import {
  type SurveyChannel,
  surveyChannels,
  surveyExpired,
  surveyLink,
  surveyText,
} from '../domain/csat-survey.js';
import { postCallback } from '../outbound/channel-callback.js';
import { surveyMail } from '../outbound/survey-mail.js';

type Resolved = { tenantId: string; data: EventData<'ticket.resolved'> };
type Recipient = NonNullable<Awaited<ReturnType<typeof surveyRecipient>>>;
type Channel = Awaited<ReturnType<typeof findChannel>>;
type Survey = { token: string; ticketId: string; tenantName: string; link: string; text: string };

/**
 * docs/tickets.md "CSAT": sends a resolved ticket's survey link over every channel the ticket can
 * reach its customer by. Each channel is recorded (committed, outside any transaction) as soon as
 * it has carried the link, so a retry after one channel failed, or a redelivered event, never
 * sends it twice on the same channel. A send that fails throws: the bus retries the event with
 * backoff, then dead-letters it.
 */
export async function deliverSurvey(deps: TicketsDeps, event: Resolved): Promise<void> {
  const { tenantId } = event;
  const token = event.data.csatToken;
  const found = await findSurvey(deps.db, token);
  if (!found || found.survey.answeredAt) return;
  if (surveyExpired(found.survey.issuedAt, deps.config.CSAT_SURVEY_DAYS, now())) return;
  const [recipient, channel, done] = await Promise.all([
    surveyRecipient(deps.db, tenantId, event.data.ticketId),
    findChannel(deps.db, tenantId),
    deliveredChannels(deps.db, token),
  ]);
  if (!recipient) return;
  const link = surveyLink(deps.config.PUBLIC_URL, token);
  const tenantName = found.tenantName ?? 'Our support team';
  const survey = {
    token,
    ticketId: event.data.ticketId,
    tenantName,
    link,
    text: surveyText(tenantName, recipient.subject, link),
  };
  const wanted = surveyChannels({
    channelExternalId: recipient.channelExternalId,
    callbackUrl: channel?.callbackUrl ?? null,
    customerEmail: recipient.customer?.email ?? null,
  });
  for (const name of wanted.filter((c) => !done.includes(c))) {
    await send(deps, name, survey, recipient, channel);
    await recordDelivery(deps.db, { token, tenantId, channel: name });
  }
}

/** The same id on every attempt: a channel, or a mail client, can drop a repeat by it. */
const deliveryIdOf = (token: string) => createHash('sha256').update(token).digest('hex').slice(0, 32);

function send(
  deps: TicketsDeps,
  name: SurveyChannel,
  survey: Survey,
  recipient: Recipient,
  channel: Channel,
) {
  const deliveryId = deliveryIdOf(survey.token);
  if (name === 'email')
    return deps.mailer.send(
      surveyMail({
        to: recipient.customer?.email ?? '',
        tenantName: survey.tenantName,
        subject: recipient.subject,
        text: survey.text,
        link: survey.link,
        messageId: `<csat-${deliveryId}@${new URL(deps.config.PUBLIC_URL).hostname}>`,
      }),
    );
  const body = {
    type: 'csat.survey',
    ticketId: survey.ticketId,
    inReplyTo: recipient.channelExternalId,
    to: recipient.customer,
    text: survey.text,
    surveyUrl: survey.link,
  };
  const callback = { url: channel?.callbackUrl ?? '', secret: channel?.secret ?? '', deliveryId, body };
  return postCallback(callback, deps.config.WEBHOOK_ALLOWED_HOSTS);
}
