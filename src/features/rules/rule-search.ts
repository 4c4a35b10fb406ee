// Searching the rule set by words or by legal reference ("Art. 15" finds MDR Art. 15(1), not Art. 150).
import { refText, type Area, type Item, type RuleSet } from '../../domain/rule-set';
import { textIn, type Language } from '../../domain/text';

/**
 * Lower case, no accents, single spaces, and "Art." read as "Art", so "art 15" and "Art. 15" find the
 * same, and so do "etiquetage" and "étiquetage".
 */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.(?=\s)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface SearchableItem {
  item: Item;
  area: Area;
  text: string;
}

/** Every item's searchable text in `language` (the text shown), so a search finds what the reader sees. */
export function searchIndex(ruleSet: RuleSet, language: Language = 'en'): SearchableItem[] {
  const $ = (text: Parameters<typeof textIn>[0]) => textIn(text, language);
  return ruleSet.areas.flatMap((area) =>
    area.items.map((item) => ({
      item,
      area,
      text: normalize(
        [item.id, $(item.question), $(item.guidance), item.refs.map(refText).join(' | '), $(area.title), item.underRevision ? $(item.underRevision) : '']
          .filter(Boolean)
          .join(' | '),
      ),
    })),
  );
}

/**
 * A test for one query. A query with a digit is a reference: matched as a phrase, and a number must not
 * run on into more digits. Otherwise every word must occur somewhere in the item.
 */
export function matcher(query: string): ((text: string) => boolean) | null {
  const q = normalize(query);
  if (q === '') return null;
  if (/\d/.test(q)) {
    const pattern = new RegExp(escapeRegExp(q) + (/\d$/.test(q) ? '(?!\\d)' : ''));
    return (text) => pattern.test(text);
  }
  const words = q.split(' ');
  return (text) => words.every((w) => text.includes(w));
}
