// The count of checklist items a profile change adds and removes, in French and German plurals.
import { describe, expect, it } from 'vitest';
import { describeChange } from '../../src/features/profile/applicability-change';
import { getFixedT, loadLanguage } from '../../src/i18n/i18n';

describe('describeChange in other languages', () => {
  it('says it in French', async () => {
    await loadLanguage('fr');
    const t = getFixedT('profile', 'fr');
    expect(describeChange({ added: 12, removed: 3 }, t)).toBe('12 points ajoutés, 3 retirés');
    expect(describeChange({ added: 1, removed: 1 }, t)).toBe('1 point ajouté, 1 retiré');
    expect(describeChange({ added: 0, removed: 2 }, t)).toBe('2 points retirés');
    expect(describeChange({ added: 0, removed: 0 }, t)).toBe('');
  });

  it('says it in German', async () => {
    await loadLanguage('de');
    const t = getFixedT('profile', 'de');
    expect(describeChange({ added: 12, removed: 3 }, t)).toBe('12 Prüfpunkte hinzugekommen, 3 entfallen');
    expect(describeChange({ added: 1, removed: 0 }, t)).toBe('1 Prüfpunkt hinzugekommen');
    expect(describeChange({ added: 0, removed: 1 }, t)).toBe('1 Prüfpunkt entfallen');
  });
});
