// Typed translation keys: a key missing from the English catalogs is a type error.
import 'i18next';
import type adviser from './locales/en/adviser.json';
import type common from './locales/en/common.json';
import type firstrun from './locales/en/firstrun.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      adviser: typeof adviser;
      common: typeof common;
      firstrun: typeof firstrun;
    };
  }
}
