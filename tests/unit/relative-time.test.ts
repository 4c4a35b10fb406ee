// When an assessment last changed, said in the interface language.
import { describe, expect, it } from 'vitest';
import { fullDateTime, relativeTime } from '../../src/features/assessments/relative-time';

const now = Date.parse('2026-11-23T12:00:00Z');
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe('relative time', () => {
  it('says recent changes in words, in each language', () => {
    expect(relativeTime(ago(5), 'en', now)).toBe('now');
    expect(relativeTime(ago(5), 'fr', now)).toBe('maintenant');
    expect(relativeTime(ago(5), 'de', now)).toBe('jetzt');
    expect(relativeTime(ago(5 * 60), 'en', now)).toBe('5 minutes ago');
    expect(relativeTime(ago(5 * 60), 'fr', now)).toBe('il y a 5 minutes');
    expect(relativeTime(ago(5 * 60), 'de', now)).toBe('vor 5 Minuten');
    expect(relativeTime(ago(86400), 'fr', now)).toBe('hier');
    expect(relativeTime(ago(86400), 'de', now)).toBe('gestern');
  });

  it('gives a date for older changes, and a full date and time for the tooltip', () => {
    expect(relativeTime(ago(30 * 86400), 'fr', now)).toMatch(/^24 oct\. 2026$/);
    expect(relativeTime(ago(30 * 86400), 'de', now)).toMatch(/^24\.10\.2026$|^24\. Okt\. 2026$/);
    expect(fullDateTime('2026-11-23T12:00:00Z', 'fr')).toMatch(/23 novembre 2026/);
    expect(fullDateTime('not a date', 'de')).toBe('not a date');
    expect(relativeTime('not a date', 'fr', now)).toBe('');
  });
});
