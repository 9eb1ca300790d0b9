import type { CustomerAttributes, CustomerIdentity } from '@switchboard/contracts';

/** How a channel or a form names a person: any of these may find them (docs/api.md §4.17). */
export type Contact = {
  email?: string | null | undefined;
  phone?: string | null | undefined;
  /** The channel's own id for the sender (a chat user, a messaging handle). */
  channelId?: string | null | undefined;
};

export const normalEmail = (email: string) => email.trim().toLowerCase();

/** E.164-ish: `+` and the digits, so "+1 (555) 0100" and "1-555-0100" are one phone. */
export const normalPhone = (phone: string) => `+${phone.replace(/\D/g, '')}`;

/** The contact's identities, normalised, strongest first (a channel's id never changes hands). */
export function identitiesOf(contact: Contact): CustomerIdentity[] {
  const found: CustomerIdentity[] = [];
  if (contact.channelId?.trim()) found.push({ kind: 'channel', value: contact.channelId.trim() });
  if (contact.email?.trim()) found.push({ kind: 'email', value: normalEmail(contact.email) });
  if (contact.phone && /\d/.test(contact.phone))
    found.push({ kind: 'phone', value: normalPhone(contact.phone) });
  return found;
}

export const sameIdentity = (a: CustomerIdentity, b: CustomerIdentity) =>
  a.kind === b.kind && a.value === b.value;

/** A PATCH of attributes: each key set, a null removes it. */
export function patchAttributes(
  current: CustomerAttributes,
  patch: Record<string, string | number | boolean | null>,
): CustomerAttributes {
  const next: CustomerAttributes = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** A merge keeps the target's attributes and adds the duplicate's it lacks. */
export const mergeAttributes = (target: CustomerAttributes, duplicate: CustomerAttributes) => ({
  ...duplicate,
  ...target,
});
