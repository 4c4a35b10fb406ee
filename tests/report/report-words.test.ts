// The report's words (PDF and CSV): the screens' status and severity words, natural plurals, and nothing left out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportWords, reportWordsFor, type ReportWords } from '../../src/domain/report-words';
import { languages } from '../../src/domain/text';

const catalog = (language: string) =>
  JSON.parse(readFileSync(`src/i18n/locales/${language}/common.json`, 'utf8')) as { status: Record<string, string>; severity: Record<string, string> };

/** Every string a dictionary holds, with the sentence functions called on sample figures (0, 1 and more). */
function allText(w: ReportWords): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'function') {
      const call = v as (...a: unknown[]) => unknown;
      for (const n of [0, 1, 3]) {
        if (path === 'summary.answered') walk(call(n + 1, n, { met: n, partial: n, not_met: n, not_applicable: n }, '50 %'), path);
        else walk(call(n, n + 1, n + 2, n + 3), path);
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}.${i}`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(w, '');
  return out;
}

describe('report words', () => {
  it.each(languages)('uses the screens’ status and severity words in %s', (language) => {
    const w = reportWordsFor(language);
    expect(w.status).toEqual(catalog(language).status);
    expect(w.severity).toEqual(catalog(language).severity);
  });

  it('counts in each language’s plural forms and figures', () => {
    expect(reportWords.en.areas.detail(1, 3, 1)).toBe('1 of 3 answered · 1 gap');
    expect(reportWords.en.areas.detail(3, 3, 2)).toBe('3 of 3 answered · 2 gaps');
    // French puts 0 and 1 in the singular.
    expect(reportWords.fr.areas.detail(0, 3, 0)).toBe('0 sur 3 avec réponse · 0 écart');
    expect(reportWords.fr.areas.detail(3, 3, 2)).toBe('3 sur 3 avec réponse · 2 écarts');
    expect(reportWords.de.deadline.ahead(1)).toBe('in 1 Tag');
    expect(reportWords.de.deadline.ahead(98)).toBe('in 98 Tagen');
    expect(reportWords.fr.deadline.passed(2)).toBe('passée il y a 2 jours');
    // Figures are grouped the language's way.
    expect(reportWords.de.sections.gaps(1250)).toBe('Lücken nach Priorität (1.250)');
    expect(reportWords.fr.sections.gaps(1250).replace(/\u202f/g, ' ')).toBe('Écarts par priorité (1 250)');
    expect(reportWords.en.report.page(3, 12)).toBe('Page 3 of 12');
    expect(reportWords.fr.report.page(3, 12)).toBe('Page 3 sur 12');
    expect(reportWords.de.report.page(3, 12)).toBe('Seite 3 von 12');
  });

  it('writes whole French and German sentences, not English ones with translated words', () => {
    const c = { met: 10, partial: 3, not_met: 2, not_applicable: 0 };
    expect(reportWords.fr.summary.answered(20, 15, c, '62 %')).toBe(
      'Sur les 20 exigences applicables, 15 ont reçu une réponse : 10 satisfaites, 3 partiellement satisfaites, 2 non satisfaites. État de préparation global : 62 %.',
    );
    expect(reportWords.de.summary.answered(20, 15, c, '62 %')).toBe(
      'Von den 20 anwendbaren Anforderungen sind 15 beantwortet: 10 erfüllt, 3 teilweise erfüllt, 2 nicht erfüllt. Der Umsetzungsstand insgesamt beträgt 62 %.',
    );
    expect(reportWords.fr.summary.unanswered(1, '1 200 €', null)).toBe(
      '1 exigence n’a pas encore de réponse ; si elle s’avérait être un écart, elle ajouterait environ 1 200 € en une fois.',
    );
    expect(reportWords.de.summary.unanswered(4, '9.000 €', '500 €')).toBe(
      '4 Anforderungen sind noch nicht beantwortet; sollten sich alle als Lücken erweisen, kämen etwa 9.000 € einmalig und 500 € pro Jahr hinzu.',
    );
  });

  it.each(languages)('has text for every label and sentence in %s, with no gaps or stray placeholders', (language) => {
    const texts = allText(reportWordsFor(language));
    expect(texts.length).toBeGreaterThan(200);
    for (const t of texts) {
      expect(t.trim(), JSON.stringify(t)).not.toBe('');
      expect(t).not.toMatch(/undefined|null|NaN|\[object|\$\{|\{\{/);
      expect(t).not.toMatch(/ {2}|\s$/);
    }
  });

  it('has no English left in the French and German words', () => {
    const english = new Set(allText(reportWords.en).filter((t) => /[a-z]{4}/.test(t)));
    for (const language of ['fr', 'de'] as const) {
      // Words that are the same in the languages (P10, Date, Status) are short or codes, not sentences.
      const same = allText(reportWordsFor(language)).filter((t) => english.has(t) && t.includes(' '));
      expect(same, language).toEqual([]);
    }
  });
});
