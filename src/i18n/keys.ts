// Typed translation keys, derived from the English catalogs: a key missing from them is a type error.
// Types only; nothing here reaches the bundle.
import type { Language } from '../domain/text';
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

/** The English catalogs, one per screen (namespace); every other language has the same keys. */
export interface Catalogs {
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
}

export type Namespace = keyof Catalogs;

/** Every text of a nested catalog as a dotted path: { a: { b: 'x' } } gives 'a.b'. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Plural forms are stored as key_one, key_other, … (Intl.PluralRules categories) and asked for as key with a count. */
type PluralBase<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : never;

export type Key<N extends Namespace> = Leaves<Catalogs[N]> | PluralBase<Leaves<Catalogs[N]>>;

/** Placeholder values: {{name}} in a text is filled from values.name; count also picks the plural form. */
export interface TValues {
  count?: number;
  [name: string]: unknown;
}

/** Translates keys of one namespace into one language. */
export interface TFunction<N extends Namespace = 'common'> {
  (key: Key<N>, values?: TValues): string;
  readonly language: Language;
  /** The text for a key (plural form for count) before its placeholders are filled: what <Trans> splits at its tags. */
  readonly template: (key: Key<N>, count?: number) => string;
}
