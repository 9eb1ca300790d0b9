import { franc } from 'franc-min';

/** franc's ISO 639-3 codes for the languages tenants write in, mapped to the ISO 639-1 the API speaks. */
const LANGUAGES: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  deu: 'de',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
};

/** "und" when the text is too short or unlike any of them: better unknown than a wrong guess. */
export function detectLanguage(text: string): string {
  const code = franc(text, { only: Object.keys(LANGUAGES), minLength: 10 });
  return LANGUAGES[code] ?? 'und';
}
