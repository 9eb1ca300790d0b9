import { describe, expect, it } from 'vitest';
import { composeDraft, depersonalise, fillPlaceholders, MIN_SIMILARITY } from './draft.js';

const context = {
  customer: { name: 'Ana Ruiz', email: 'ana@example.com' },
  agent: { name: 'Sam' },
  ticket: { id: 'T-1042', subject: 'Charged twice' },
};

const conversation = {
  ticketId: 'T-0917',
  reply: 'Hi Maria, I have refunded the duplicate charge; it shows on your card in 3-5 days. Sam',
  customerName: 'Maria',
  agentName: 'Sam',
  similarity: 0.62,
};

describe('drafting a reply', () => {
  it("fills the placeholders with this ticket's customer, agent and ticket", () => {
    expect(fillPlaceholders('Hi {{customer.name}}, about {{ ticket.id }}: {{agent.name}}', context)).toBe(
      'Hi Ana Ruiz, about T-1042: Sam',
    );
  });

  it('drops placeholders it cannot fill, and greets a nameless customer generically', () => {
    const nameless = { customer: {}, agent: {}, ticket: { id: 'T-1' } };
    expect(fillPlaceholders('Hi {{customer.name}}, see {{order.id}}.', nameless)).toBe('Hi there, see.');
  });

  it("never carries an earlier customer's name into the new reply", () => {
    expect(depersonalise(conversation)).toBe(
      'Hi {{customer.name}}, I have refunded the duplicate charge; it shows on your card in 3-5 days. {{agent.name}}',
    );
    const draft = composeDraft([conversation], [], context);
    expect(draft?.content).toContain('Hi Ana Ruiz');
    expect(draft?.content).not.toContain('Maria');
  });

  it('builds on the most similar resolved conversation and cites it', () => {
    const weaker = { ...conversation, ticketId: 'T-0001', reply: 'Something else', similarity: 0.3 };
    expect(composeDraft([weaker, conversation], [], context)).toEqual({
      content: 'Hi Ana Ruiz, I have refunded the duplicate charge; it shows on your card in 3-5 days. Sam',
      sources: [{ ticketId: 'T-0917' }],
      confidence: 0.62,
    });
  });

  it('prefers a canned response that is about as close as the best conversation', () => {
    const canned = {
      cannedResponseId: 'c-7',
      content: 'Hello {{customer.name}}, refund issued.',
      similarity: 0.6,
    };
    const draft = composeDraft([conversation], [canned], context);
    expect(draft).toMatchObject({
      content: 'Hello Ana Ruiz, refund issued.',
      sources: [{ cannedResponseId: 'c-7' }],
    });
    const distant = { ...canned, similarity: 0.4 };
    expect(composeDraft([conversation], [distant], context)?.sources).toEqual([{ ticketId: 'T-0917' }]);
  });

  it('offers no draft when nothing the tenant wrote is similar enough', () => {
    const far = { ...conversation, similarity: MIN_SIMILARITY - 0.01 };
    expect(composeDraft([far], [], context)).toBeNull();
    expect(composeDraft([], [], context)).toBeNull();
  });
});
