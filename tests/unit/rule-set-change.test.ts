// What changed between the rule set an assessment was answered against and the bundled one (the notice words are in the screen catalogs).
import { describe, expect, it } from 'vitest';
import { compareRuleSets, compareVersions } from '../../src/domain/rule-set-change';

const bundled = { id: 'mdr-2017-745', version: '1.1.0', itemIds: ['a.one', 'a.two', 'b.new'] };

describe('compareRuleSets', () => {
  it('reports nothing when the assessment already uses the bundled version', () => {
    expect(compareRuleSets({ id: 'mdr-2017-745', version: '1.1.0' }, undefined, bundled, ['a.one'])).toBeNull();
  });

  it('counts added and removed items when the previous version is known', () => {
    const change = compareRuleSets({ id: 'mdr-2017-745', version: '1.0.0' }, ['a.one', 'a.two', 'a.old', 'a.gone'], bundled, ['a.one', 'a.old']);
    expect(change).toMatchObject({ kind: 'update', added: ['b.new'], removed: ['a.old', 'a.gone'], archivedAnswerIds: ['a.old'] });
  });

  it('still names the answers that became archived when the previous item list is unknown', () => {
    const change = compareRuleSets({ id: 'mdr-2017-745', version: '1.0.0' }, undefined, bundled, ['a.one', 'x.old', 'y.old', 'x.old']);
    expect(change).toMatchObject({ kind: 'update', added: null, removed: null, archivedAnswerIds: ['x.old', 'y.old'] });
  });

  it('says the app is older when the assessment used a newer version (1.10.0 is newer than 1.9.0)', () => {
    const change = compareRuleSets({ id: 'mdr-2017-745', version: '1.10.0' }, undefined, { ...bundled, version: '1.9.0' }, []);
    expect(change?.kind).toBe('older');
  });

  it('treats a different rule set id as another checklist, not an update', () => {
    const change = compareRuleSets({ id: 'ivdr-2017-746', version: '1.0.0' }, undefined, bundled, ['ivd.one']);
    expect(change).toMatchObject({ kind: 'other', archivedAnswerIds: ['ivd.one'] });
  });

  it('orders versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
    expect(compareVersions('0.9.9', '1.0.0')).toBeLessThan(0);
  });
});
