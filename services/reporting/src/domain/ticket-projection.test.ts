import { uuidv7 } from '@switchboard/contracts';
import { describe, expect, it } from 'vitest';
import { shuffled } from '../../test/support/shuffled.js';
import { ticketStory } from '../../test/support/ticket-story.js';
import { projectTicket } from './ticket-projection.js';

const tenantId = uuidv7();
const [alice, bob] = [uuidv7(), uuidv7()];
const t = (hhmm: string) => `2026-03-10T${hhmm}:00Z`;

describe('response times', () => {
  it('first response from creation, next response from the customer message that follows a reply', () => {
    const story = ticketStory(tenantId, { at: t('09:00') })
      .assign(alice, t('09:10'))
      .reply(alice, t('09:15'), true) // an internal note answers nobody
      .reply(alice, t('09:20')) // first response: 20 min
      .customer(t('09:30'))
      .customer(t('09:33')) // the clock already runs from 09:30
      .message('system', null, t('09:35'))
      .reply(bob, t('09:40')) // next response: 10 min, by whoever answered
      .reply(alice, t('09:50')); // nobody was waiting: no sample
    const { replies, facts } = projectTicket(story.events);
    expect(replies.map((r) => [r.kind, r.agentId, r.seconds])).toEqual([
      ['first', alice, 1200],
      ['next', bob, 600],
    ]);
    expect(facts).toMatchObject({ firstResponseAt: new Date(t('09:20')), firstResponderId: alice });
  });

  it('a reply that arrives before its ticket.created still counts once the ticket is known', () => {
    const story = ticketStory(tenantId, { at: t('09:00') })
      .assign(alice, t('09:05'))
      .reply(alice, t('09:30'));
    const [created, ...rest] = story.events;
    if (!created) throw new Error('no ticket.created');
    const messageOnly = rest.filter((e) => e.type === 'message.created');
    expect(projectTicket(messageOnly)).toMatchObject({ facts: null, replies: [] });
    expect(projectTicket(messageOnly).messages).toHaveLength(1);
    const late = projectTicket([...rest, created]);
    expect(late.replies.map((r) => r.seconds)).toEqual([1800]);
    expect(late).toEqual(projectTicket(story.events));
  });
});

describe('resolutions, handle time and reopening', () => {
  const story = ticketStory(tenantId, { at: t('09:00') })
    .assign(bob, t('10:00'), true)
    .move('IN_PROGRESS', t('10:05'))
    .reply(bob, t('10:10'))
    .move('PENDING', t('10:20')) // waiting on the customer: 20 min not handled
    .move('IN_PROGRESS', t('10:40'))
    .move('RESOLUTION_REQUESTED', t('11:00')) // waiting on a supervisor: 30 min not handled
    .move('RESOLVED', t('11:30'))
    .breach('first_response', t('09:30'))
    .csat(2, t('11:45'))
    .customer(t('12:00'))
    .move('IN_PROGRESS', t('12:00')) // reopened by the customer's reply
    .reply(bob, t('12:10'))
    .breach('next_response', t('12:05'))
    .move('RESOLVED', t('12:20'))
    .csat(5, t('13:00'))
    .move('CLOSED', t('14:00'));

  it('each resolution is a cycle: its own resolution and handle time, breaches and CSAT', () => {
    const { cycles, facts } = projectTicket(story.events);
    expect(cycles).toEqual([
      {
        cycle: 0,
        agentId: bob,
        startedAt: new Date(t('09:00')),
        resolvedAt: new Date(t('11:30')),
        resolutionSeconds: 150 * 60, // 09:00 → 11:30
        handleSeconds: (5 + 15 + 20) * 60, // ASSIGNED 10:00–10:05, IN_PROGRESS 10:05–10:20 and 10:40–11:00
        breached: true,
        csatRating: 2,
      },
      {
        cycle: 1,
        agentId: bob,
        startedAt: new Date(t('12:00')),
        resolvedAt: new Date(t('12:20')),
        resolutionSeconds: 20 * 60,
        handleSeconds: 20 * 60,
        breached: true,
        csatRating: 5,
      },
    ]);
    expect(facts).toMatchObject({
      status: 'CLOSED',
      resolutions: 2,
      reopens: 1,
      approvalWaitSeconds: 1800,
      csatRating: 5,
      breachedFirstResponse: true,
      breachedNextResponse: true,
      breachedResolution: false,
      channel: 'inbound',
      requiresApproval: true,
    });
  });

  it('gives the same projection whatever order or duplication the events arrive in', () => {
    const expected = projectTicket(story.events);
    for (const seed of [1, 2, 3, 42, 1234]) {
      const events = shuffled([...story.events, ...story.events.slice(0, 5)], seed);
      expect(projectTicket(events)).toEqual(expected);
    }
  });

  it('keeps the open span of an unresolved ticket and no cycle', () => {
    const open = ticketStory(tenantId, { at: t('09:00'), createdBy: alice }).assign(alice, t('09:01'));
    const { spans, cycles, facts } = projectTicket(open.events);
    expect(spans.map((s) => [s.status, s.assigneeId, s.end])).toEqual([
      ['NEW', null, new Date(t('09:01'))],
      ['ASSIGNED', alice, null],
    ]);
    expect(cycles).toEqual([]);
    expect(facts).toMatchObject({ channel: 'staff', status: 'ASSIGNED', resolvedAt: null });
  });
});
