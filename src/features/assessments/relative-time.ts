// "5 minutes ago", "yesterday", or a date for older changes, in the interface language: how the list says
// when an assessment last changed.
import type { Language } from '../../domain/text';

const locales: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

interface Formats {
  relative: Intl.RelativeTimeFormat;
  date: Intl.DateTimeFormat;
  full: Intl.DateTimeFormat;
}

// Built once per language: a list of 1,000 rows formats 1,000 dates.
const formats = new Map<Language, Formats>();

function formatsFor(language: Language): Formats {
  let f = formats.get(language);
  if (!f) {
    const locale = locales[language];
    f = {
      relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
      date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }),
      full: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }),
    };
    formats.set(language, f);
  }
  return f;
}

export function relativeTime(iso: string, language: Language = 'en', now: number = Date.now()): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const { relative, date } = formatsFor(language);
  const seconds = Math.round((t - now) / 1000);
  const abs = Math.abs(seconds);
  // "now" / "maintenant" / "jetzt": under a minute reads better than a count of seconds.
  if (abs < 45) return relative.format(0, 'second');
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86400) return relative.format(Math.round(seconds / 86400), 'day');
  return date.format(t);
}

export function fullDateTime(iso: string, language: Language = 'en'): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : formatsFor(language).full.format(t);
}
