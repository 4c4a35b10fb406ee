// How a cost line was made, in words, in English, French or German: "10/20/40 person-days × 500 EUR/day
// × 3 device families × 50% remaining". Pure (no translation store): the screens, the PDF report and the CLI use it.
import type { ItemCost } from './rule-set';
import type { Language } from './text';

type Range3 = readonly [low: number, likely: number, high: number];

/** The numbers a cost line was made from, kept so the line can be described in any language. */
export type CostBasisTerms = {
  /** The settings' currency code, e.g. "EUR" or "CHF". */
  currency: string;
  scale: ItemCost['scale'];
  /** Device families or technical files the figure is multiplied by (1 for a per-company cost). */
  multiplier: number;
  /** Share still to spend: 1 for not met (or unanswered), 1 − partial credit for partly met. */
  fraction: number;
} & (
  | {
      source: 'days';
      /** The rule set's low/likely/high person-days. */
      days: Range3;
      /** The day rate used, in the settings' currency. */
      dayRate: number;
      /** True when the consultant day rate was used because the gap is marked as outsourced. */
      outsourced: boolean;
    }
  | {
      source: 'external';
      /** The rule set's low/likely/high spend in euros. */
      eur: Range3;
      /** The rule set's note on what the spend covers (rule-set text, as written there). */
      note: string | undefined;
      /** Settings' currency units per euro. */
      currencyPerEur: number;
    }
);

/** The words of a cost basis in one language. `n` is the multiplier, for singular or plural. */
interface BasisWords {
  personDays: string;
  perDay: string;
  outsourced: string;
  deviceFamilies: (n: number) => string;
  technicalFiles: (n: number) => string;
  /** The share still to do, given as an already formatted percentage figure. */
  remaining: (percent: string) => string;
}

const one = (language: Language, n: number) => new Intl.PluralRules(language).select(n) === 'one';

const basisWords = {
  en: {
    personDays: 'person-days',
    perDay: 'day',
    outsourced: 'outsourced',
    deviceFamilies: (n) => (n === 1 ? 'device family' : 'device families'),
    technicalFiles: (n) => (n === 1 ? 'technical file' : 'technical files'),
    remaining: (p) => `${p}% remaining`,
  },
  fr: {
    personDays: 'jours-personne',
    perDay: 'jour',
    outsourced: 'externalisé',
    deviceFamilies: (n) => (one('fr', n) ? 'famille de dispositifs' : 'familles de dispositifs'),
    technicalFiles: (n) => (one('fr', n) ? 'documentation technique' : 'documentations techniques'),
    remaining: (p) => `${p}\u00a0% encore à faire`,
  },
  de: {
    personDays: 'Personentage',
    perDay: 'Tag',
    outsourced: 'extern vergeben',
    deviceFamilies: (n) => (one('de', n) ? 'Produktfamilie' : 'Produktfamilien'),
    technicalFiles: (n) => (one('de', n) ? 'technische Dokumentation' : 'technische Dokumentationen'),
    remaining: (p) => `${p}\u00a0% noch offen`,
  },
} satisfies Record<Language, BasisWords>;

/** English figures as the cost model always wrote them: "1000", "0.5", "33.33" (no grouping). */
function plainNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '');
}

const numberLocales: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

/**
 * How figures are written in a basis: at most two decimals, no thousands grouping (the figures sit in a
 * formula such as "1000/2000/5000"), with the language's decimal sign ("0.5", "0,5").
 */
export function basisNumberFormat(language: Language): (n: number) => string {
  if (language === 'en') return plainNumber;
  const f = new Intl.NumberFormat(numberLocales[language], { maximumFractionDigits: 2, useGrouping: false });
  return (n) => f.format(n);
}

/**
 * A cost line's basis in words, e.g. in French "10/20/40 jours-personne × 500 EUR/jour × 3 familles de
 * dispositifs × 50 % encore à faire". `formatNumber` writes each figure (default: basisNumberFormat).
 * The rule set's note on external spend is rule-set text and is quoted as the rule set gives it.
 */
export function describeCostBasis(
  line: { terms: CostBasisTerms },
  language: Language = 'en',
  formatNumber: (n: number) => string = basisNumberFormat(language),
): string {
  const t = line.terms;
  const w: BasisWords = basisWords[language];
  const range = (r: Range3) => r.map(formatNumber).join('/');
  const scale =
    t.scale === 'deviceFamily'
      ? ` × ${formatNumber(t.multiplier)} ${w.deviceFamilies(t.multiplier)}`
      : t.scale === 'technicalFile'
        ? ` × ${formatNumber(t.multiplier)} ${w.technicalFiles(t.multiplier)}`
        : '';
  const remaining = t.fraction === 1 ? '' : ` × ${w.remaining(formatNumber(t.fraction * 100))}`;
  if (t.source === 'days') {
    const outsourced = t.outsourced ? ` (${w.outsourced})` : '';
    return `${range(t.days)} ${w.personDays} × ${formatNumber(t.dayRate)} ${t.currency}/${w.perDay}${outsourced}${scale}${remaining}`;
  }
  const note = t.note ? ` (${t.note})` : '';
  const conversion = t.currencyPerEur === 1 ? '' : ` × ${formatNumber(t.currencyPerEur)} ${t.currency}/EUR`;
  return `${range(t.eur)} EUR${note}${conversion}${scale}${remaining}`;
}
