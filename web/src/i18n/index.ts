import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_KEY, languages, resourcesFrom } from './resources.js';

/*
 * Every string on screen comes from locales/<language>/<namespace>.json: one namespace per feature
 * folder, so features add their strings without touching each other's files. The user's choice is
 * kept in localStorage; a first visit follows the browser's language, else English.
 */
const resources = resourcesFrom(import.meta.glob('./locales/*/*.json', { eager: true, import: 'default' }));

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: languages.map((l) => l.code),
    fallbackLng: 'en',
    nonExplicitSupportedLngs: true,
    defaultNS: 'common',
    ns: Object.keys(resources.en ?? {}),
    interpolation: { escapeValue: false }, // React escapes already
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_KEY,
      caches: ['localStorage'],
    },
    returnNull: false,
  });

const markDocument = (lng: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
};
markDocument(i18n.resolvedLanguage ?? 'en');
i18n.on('languageChanged', markDocument);

export default i18n;
