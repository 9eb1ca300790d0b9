/**
 * The placeholders a canned response may hold (docs/api.md §4.14) and the one function that fills
 * them. Pure: the caller gathers the values (actions/canned-responses.ts, renderContext).
 */
export const placeholderKeys = [
  'customer.name',
  'customer.email',
  'agent.name',
  'ticket.number',
  'ticket.subject',
] as const;
export type PlaceholderKey = (typeof placeholderKeys)[number];
export type PlaceholderValues = Partial<Record<PlaceholderKey, string | number | null>>;

const known = new Set<string>(placeholderKeys);
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/**
 * The template with each known placeholder replaced by its value, or by nothing when this ticket
 * has none (a customer without an email). An unknown one stays as written, so its author sees the
 * typo in the preview instead of a silently shorter reply. One pass: a value is text and is never
 * expanded again (a customer named "{{agent.name}}" stays that), and nothing is HTML-escaped here,
 * since messages are plain text; whatever renders them as HTML escapes them (docs/decisions.md 27).
 */
export function renderPlaceholders(template: string, values: PlaceholderValues): string {
  return template.replace(PLACEHOLDER, (written, key: string) => {
    if (!known.has(key)) return written;
    const value = values[key as PlaceholderKey];
    return value === null || value === undefined ? '' : String(value);
  });
}
