import { describe, expect, it } from 'vitest';
import { renderPlaceholders } from './placeholders.js';

const values = {
  'customer.name': 'Ana Ruiz',
  'customer.email': 'ana@example.com',
  'agent.name': 'Sam Agent',
  'ticket.number': 1042,
  'ticket.subject': 'Charged twice',
};

describe('filling placeholders for a ticket', () => {
  it("fills every placeholder with this ticket's customer, agent and ticket, spaces inside allowed", () => {
    const template =
      'Hi {{customer.name}} ({{ customer.email }}), about #{{ticket.number}} "{{ticket.subject}}". {{agent.name}}';
    expect(renderPlaceholders(template, values)).toBe(
      'Hi Ana Ruiz (ana@example.com), about #1042 "Charged twice". Sam Agent',
    );
  });

  it('keeps an unknown placeholder as written, or drops it when asked, and blanks a known one without a value', () => {
    const template = 'See {{order.id}}; mail {{customer.email}}.';
    expect(renderPlaceholders(template, { 'customer.email': null })).toBe('See {{order.id}}; mail .');
    expect(renderPlaceholders(template, { 'customer.email': undefined }, 'drop')).toBe('See ; mail .');
  });

  it('never expands a placeholder that arrives inside a value, and keeps markup as plain text', () => {
    const sneaky = { 'customer.name': '{{agent.name}} <b>x</b>', 'agent.name': 'Sam' };
    expect(renderPlaceholders('Hi {{customer.name}}', sneaky)).toBe('Hi {{agent.name}} <b>x</b>');
  });

  it('treats only its own keys as known, never inherited ones', () => {
    expect(renderPlaceholders('{{constructor}} {{toString}}', {})).toBe('{{constructor}} {{toString}}');
  });
});
