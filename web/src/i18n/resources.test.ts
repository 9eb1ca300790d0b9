import { describe, expect, it } from 'vitest';
import { keysOf, languages, resourcesFrom } from './resources.js';

const resources = resourcesFrom(import.meta.glob('./locales/*/*.json', { eager: true, import: 'default' }));
const english = resources.en ?? {};

describe('interface languages', () => {
  it('has English strings for the app', () => {
    expect(Object.keys(english)).toContain('common');
  });

  for (const { code } of languages.filter((l) => l.code !== 'en')) {
    it(`${code} translates every namespace English has`, () => {
      expect(Object.keys(resources[code] ?? {}).sort()).toEqual(Object.keys(english).sort());
    });

    for (const ns of Object.keys(english)) {
      it(`${code} has exactly English's keys in ${ns}`, () => {
        const theirs = resources[code]?.[ns] ?? {};
        expect(keysOf(theirs).sort()).toEqual(keysOf(english[ns] ?? {}).sort());
      });

      it(`${code} keeps every {{placeholder}} of English in ${ns}`, () => {
        const placeholders = (s: string) => (s.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();
        const pick = (strings: object, key: string) =>
          key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], strings);
        for (const key of keysOf(english[ns] ?? {})) {
          const en = String(pick(english[ns] ?? {}, key));
          const other = String(pick(resources[code]?.[ns] ?? {}, key));
          expect({ key, placeholders: placeholders(other) }).toEqual({ key, placeholders: placeholders(en) });
        }
      });
    }
  }
});
