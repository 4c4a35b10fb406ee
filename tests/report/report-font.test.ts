// The embedded report font: covers the rule sets' text, and the subsetter keeps exactly the glyphs asked for.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { subsetTrueType } from '../../src/cli/ttf-subset';
import { coveredRanges, dejaVuSansBold, dejaVuSansRegular } from '../../src/report/fonts/dejavu-subset';
import { printable } from '../../src/report/render-gap-report';

const covered = (c: number) => coveredRanges.some(([a, b]) => c >= a && c <= b);

describe('the embedded report font', () => {
  it('can print every character of every rule set (run `npm run report:font` after adding new ones)', () => {
    const missing = new Set<string>();
    for (const f of readdirSync('rules').filter((n) => n.endsWith('.json'))) {
      for (const ch of readFileSync(join('rules', f), 'utf8')) if (ch.codePointAt(0)! >= 0x20 && !covered(ch.codePointAt(0)!)) missing.add(`${f}: U+${ch.codePointAt(0)!.toString(16)} ${ch}`);
    }
    expect([...missing]).toEqual([]);
  });

  it('can print every character of the report’s own words and of French and German figures', () => {
    const missing = new Set<string>();
    for (const f of ['src/domain/report-words.ts', 'src/domain/report-model.ts', 'src/domain/cost-basis.ts']) {
      for (const ch of readFileSync(f, 'utf8')) if (ch.codePointAt(0)! >= 0x20 && !covered(ch.codePointAt(0)!)) missing.add(`${f}: U+${ch.codePointAt(0)!.toString(16)} ${ch}`);
    }
    expect([...missing]).toEqual([]);
    // Intl writes French figures with a narrow no-break space (U+202F) and a no-break space before € and %.
    const intl = [
      new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(1234567),
      new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(0.5),
      new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(Date.UTC(2027, 1, 3))),
      new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(Date.UTC(2027, 2, 3))),
      new Intl.NumberFormat('de-CH', { style: 'currency', currency: 'CHF' }).format(1234567),
    ].join(' ');
    expect(intl).toMatch(/[\u202f\u00a0]/);
    for (const ch of intl) expect(covered(ch.codePointAt(0)!), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(true);
    for (const ch of '\u00a0\u202féèêàùçôîïœ«»’üöäßÄÖÜÉ„“') expect(covered(ch.codePointAt(0)!), ch).toBe(true);
    expect(printable('12\u202f346\u00a0€')).toBe('12\u202f346\u00a0€');
  });

  it('covers Western and Central European letters, typographic punctuation and €', () => {
    for (const ch of 'éèêëàâäçîïôöûüÿœæßÉÈÀÇŒÆÄÖÜłŁśŚźżŹŻąęćńőűčšžřťďňěůČŠŽŘ€£¥«»‹›‘’‚“”„–—…•·≥≤×µ°±') {
      expect(covered(ch.codePointAt(0)!), ch).toBe(true);
    }
  });

  it('keeps user text as typed when the font has it, and stands in for what it lacks', () => {
    expect(printable('Größenänderung — « Œuvre » ’x’ ≥ 5 €\nzweite Zeile')).toBe('Größenänderung — « Œuvre » ’x’ ≥ 5 €\nzweite Zeile');
    expect(printable('Tokyo 東京 🚀 ǅ ḿ ŵ')).toBe('Tokyo ?? ? Dž m ŵ');
    expect(printable('tab\there\u0007')).toBe('tabhere');
  });

  it('is small enough for the lazily loaded report chunk', () => {
    expect(dejaVuSansRegular.length + dejaVuSansBold.length).toBeLessThan(200_000);
  });
});

describe('subsetTrueType', () => {
  const full = new Uint8Array(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));

  it('keeps the asked characters, their composite parts and .notdef, and reports what the font lacks', () => {
    const r = subsetTrueType(full, [...'AÉé€'].map((c) => c.codePointAt(0)!).concat(0x10ffff, 0xe000));
    expect(r.covered).toEqual([0x41, 0xc9, 0xe9, 0x20ac]);
    expect(r.missing).toEqual([0xe000]);
    // .notdef + 4 glyphs + the parts of the accented composites (base letters and accents).
    expect(r.glyphCount).toBeGreaterThan(5);
    expect(r.glyphCount).toBeLessThan(12);
    expect(r.font.length).toBeLessThan(full.length / 50);
    // A well-formed sfnt: version 1.0 and ten tables whose checksum adjustment makes the file sum to the magic number.
    const view = new DataView(r.font.buffer, r.font.byteOffset, r.font.byteLength);
    expect(view.getUint32(0)).toBe(0x00010000);
    expect(view.getUint16(4)).toBe(10);
    let sum = 0;
    for (let i = 0; i < r.font.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
  });

  it('leaves the input font untouched', () => {
    const copy = full.slice();
    subsetTrueType(full, [0x41]);
    expect(Buffer.compare(copy, full)).toBe(0);
  });
});
