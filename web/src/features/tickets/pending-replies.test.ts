import { describe, expect, it } from 'vitest';
import { failedReply, sendingReply, sentReply } from './pending-replies.js';

const reply = (clientId: string, body = 'On it') => ({ clientId, body, internal: false });

describe('replies on their way', () => {
  it('shows a new reply as sending, after the ones already waiting', () => {
    const list = sendingReply(sendingReply(undefined, reply('a', 'First')), reply('b', 'Second'));
    expect(list.map((r) => [r.body, r.state])).toEqual([
      ['First', 'sending'],
      ['Second', 'sending'],
    ]);
  });

  it('marks a failed reply and sends it again in the same place on retry', () => {
    const waiting = sendingReply(sendingReply(undefined, reply('a')), reply('b'));
    const failed = failedReply(waiting, 'a');
    expect(failed.map((r) => r.state)).toEqual(['failed', 'sending']);
    expect(sendingReply(failed, reply('a')).map((r) => [r.clientId, r.state])).toEqual([
      ['a', 'sending'],
      ['b', 'sending'],
    ]);
  });

  it('drops a reply once the server has stored it', () => {
    const list = sendingReply(sendingReply(undefined, reply('a')), reply('b'));
    expect(sentReply(list, 'a').map((r) => r.clientId)).toEqual(['b']);
  });
});
