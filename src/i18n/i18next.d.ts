// Typed translation keys: a key missing from the English catalogs is a type error.
import 'i18next';
import type adviser from './locales/en/adviser.json';
import type assessments from './locales/en/assessments.json';
import type checklist from './locales/en/checklist.json';
import type classify from './locales/en/classify.json';
import type common from './locales/en/common.json';
import type firstrun from './locales/en/firstrun.json';
import type profile from './locales/en/profile.json';
import type progress from './locales/en/progress.json';
import type rules from './locales/en/rules.json';
import type settings from './locales/en/settings.json';
import type summary from './locales/en/summary.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      adviser: typeof adviser;
      assessments: typeof assessments;
      checklist: typeof checklist;
      classify: typeof classify;
      common: typeof common;
      firstrun: typeof firstrun;
      profile: typeof profile;
      progress: typeof progress;
      rules: typeof rules;
      settings: typeof settings;
      summary: typeof summary;
    };
  }
}
