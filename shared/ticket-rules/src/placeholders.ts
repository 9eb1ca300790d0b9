/**
 * Placeholders such as {{customer.name}} in canned responses and AI drafts (docs/api.md §4.15), and
 * the one function that fills them. The caller gives a value for each placeholder it knows
 * (undefined or null: known, but nothing to say on this ticket, so it becomes empty).
 */
export type PlaceholderValues = Readonly<Record<string, string | number | null | undefined>>;

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/**
 * The template with each known placeholder replaced by its value. An unknown one stays as written
 * (`keep`: its author sees the typo in a preview) or goes (`drop`: a text nobody previewed). One
 * pass: a value is text and is never expanded again (a customer named "{{agent.name}}" stays
 * that); nothing is HTML-escaped, since messages are plain text and whatever renders one as HTML
 * escapes it there (docs/decisions.md 22).
 */
export function renderPlaceholders(
  template: string,
  values: PlaceholderValues,
  unknown: 'keep' | 'drop' = 'keep',
): string {
  return template.replace(PLACEHOLDER, (written, key: string) => {
    if (!Object.hasOwn(values, key)) return unknown === 'keep' ? written : '';
    const value = values[key];
    return value === null || value === undefined ? '' : String(value);
  });
}
