import type { Customer, Priority } from '@switchboard/contracts';

/** What the New ticket form holds: every input as typed. */
export type NewTicketForm = {
  subject: string;
  description: string;
  priority: Priority;
  category: string;
  customerName: string;
  customerEmail: string;
  customerPhone: string;
};

export const emptyTicketForm: NewTicketForm = {
  subject: '',
  description: '',
  priority: 'medium',
  category: '',
  customerName: '',
  customerEmail: '',
  customerPhone: '',
};

const filled = (value: string) => value.trim() || undefined;

/**
 * The POST /api/tickets body (docs/api.md §4.3): blank optional inputs left out; a customer only
 * when one of its inputs is filled, with the name as typed so the API can say it is missing.
 */
export function ticketBody(form: NewTicketForm) {
  const email = filled(form.customerEmail);
  const phone = filled(form.customerPhone);
  const name = form.customerName.trim();
  const customer = name || email || phone ? { name, email, phone } : undefined;
  return {
    subject: form.subject,
    description: form.description,
    priority: form.priority,
    category: filled(form.category),
    customer,
  };
}

/** The form with a known customer chosen from the lookup: their name, email and phone, blanks for none. */
export const withCustomer = (form: NewTicketForm, customer: Customer): NewTicketForm => ({
  ...form,
  customerName: customer.name,
  customerEmail: customer.email ?? '',
  customerPhone: customer.phone ?? '',
});

/** The lookup asks the API only once the input says enough to narrow the tenant's customers. */
export const lookupTerm = (typed: string) => {
  const term = typed.trim();
  return term.length >= 2 ? term : null;
};
