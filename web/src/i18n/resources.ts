/** The interface languages, each named in itself so a user finds theirs whatever is on screen. */
export const languages = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
] as const;

export type Language = (typeof languages)[number]['code'];

/** Where the user's choice of language is kept between visits. */
export const LANGUAGE_KEY = 'switchboard.language';

type Strings = { [key: string]: string | Strings };
export type Resources = Record<string, Record<string, Strings>>;

/** `{'./locales/en/common.json': {...}}` → `{en: {common: {...}}}`. */
export function resourcesFrom(files: Record<string, unknown>): Resources {
  const out: Resources = {};
  for (const [path, strings] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lng, ns] = match as unknown as [string, string, string];
    out[lng] = { ...out[lng], [ns]: strings as Strings };
  }
  return out;
}

/** Every key of a namespace, dotted (`tabs.board`), so two languages can be compared. */
export function keysOf(strings: Strings, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}
