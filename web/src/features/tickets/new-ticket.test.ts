import { describe, expect, it } from 'vitest';
import { emptyTicketForm, lookupTerm, ticketBody, withCustomer } from './new-ticket.js';

describe('ticketBody', () => {
  it('leaves out the customer and blank optional inputs', () => {
    const body = ticketBody({ ...emptyTicketForm, subject: 'Printer jammed', category: '  ' });
    expect(JSON.parse(JSON.stringify(body))).toEqual({
      subject: 'Printer jammed',
      description: '',
      priority: 'medium',
    });
  });

  it('sends the customer with the inputs that are filled', () => {
    const body = ticketBody({
      ...emptyTicketForm,
      customerName: ' Cora ',
      customerPhone: '+44 20 7946 0991',
    });
    expect(JSON.parse(JSON.stringify(body.customer))).toEqual({ name: 'Cora', phone: '+44 20 7946 0991' });
  });

  it('sends a customer without a name when only an email is given, so the API names the missing field', () => {
    const body = ticketBody({ ...emptyTicketForm, customerEmail: 'cora@example.com' });
    expect(body.customer).toEqual({ name: '', email: 'cora@example.com', phone: undefined });
  });
});

describe('choosing a known customer', () => {
  it('fills name, email and phone, replacing what was typed and blanking what they lack', () => {
    const typed = { ...emptyTicketForm, subject: 'Late order', customerName: 'ada', customerPhone: '555' };
    const form = withCustomer(typed, {
      id: 'c1',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      phone: null,
    });
    expect(form).toEqual({
      ...typed,
      customerName: 'Ada Lovelace',
      customerEmail: 'ada@example.com',
      customerPhone: '',
    });
  });

  it('looks up only once two characters are typed', () => {
    expect(lookupTerm(' a ')).toBeNull();
    expect(lookupTerm(' ad ')).toBe('ad');
  });
});
