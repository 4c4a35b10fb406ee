// Money and date formatting in the assessment's language and the settings' currency (Intl, no library).
import { useMemo } from 'react';
import type { Language } from '../domain/text';

export interface Formatters {
  /** Whole currency units, e.g. "€12,400". */
  money: (amount: number) => string;
  /** A YYYY-MM-DD date as e.g. "28 May 2026". */
  date: (isoDate: string) => string;
  /** A share 0..1 as e.g. "62%". */
  percent: (share: number) => string;
}

const locales: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

export function makeFormatters(currency: string, language: Language = 'en'): Formatters {
  const locale = locales[language];
  let moneyFormat: Intl.NumberFormat;
  try {
    moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
  } catch {
    // An unknown currency code: show the code next to a plain number rather than failing the screen.
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    moneyFormat = { format: (n: number) => `${plain.format(n)} ${currency}` } as Intl.NumberFormat;
  }
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    money: (amount) => moneyFormat.format(Math.round(amount)),
    date: (isoDate) => {
      const t = Date.parse(`${isoDate}T00:00:00Z`);
      return Number.isNaN(t) ? isoDate : dateFormat.format(t);
    },
    percent: (share) => percentFormat.format(share),
  };
}

export function useFormatters(currency: string, language: Language = 'en'): Formatters {
  return useMemo(() => makeFormatters(currency, language), [currency, language]);
}
