// Telling the user what changed when the bundled rule set differs from an assessment's.
import { describe, expect, it } from 'vitest';
import { compareRuleSets, compareVersions, describeRuleSetChange } from '../../src/domain/rule-set-change';

const bundled = { id: 'mdr-2017-745', version: '1.1.0', itemIds: ['a.one', 'a.two', 'b.new'] };

describe('compareRuleSets', () => {
  it('reports nothing when the assessment already uses the bundled version', () => {
    expect(compareRuleSets({ id: 'mdr-2017-745', version: '1.1.0' }, undefined, bundled, ['a.one'])).toBeNull();
  });

  it('counts added and removed items when the previous version is known', () => {
    const change = compareRuleSets({ id: 'mdr-2017-745', version: '1.0.0' }, ['a.one', 'a.two', 'a.old', 'a.gone'], bundled, ['a.one', 'a.old']);
    expect(change).toMatchObject({ kind: 'update', added: ['b.new'], removed: ['a.old', 'a.gone'], archivedAnswerIds: ['a.old'] });
    expect(describeRuleSetChange(change!)).toEqual([
      'The MDR checklist was updated from version 1.0.0 to 1.1.0. Your answers to unchanged items are kept.',
      '1 item was added and 2 items were removed.',
      '1 answer belongs to items no longer in the checklist: it is kept as archived and stays in your exports.',
    ]);
  });

  it('still names the answers that became archived when the previous item list is unknown', () => {
    const change = compareRuleSets({ id: 'mdr-2017-745', version: '1.0.0' }, undefined, bundled, ['a.one', 'x.old', 'y.old', 'x.old']);
    expect(change).toMatchObject({ kind: 'update', added: null, removed: null, archivedAnswerIds: ['x.old', 'y.old'] });
    const lines = describeRuleSetChange(change!);
    expect(lines[1]).toBe('New items, if any, show as not answered yet.');
    expect(lines[2]).toMatch(/^2 answers belong to items no longer in the checklist: they are kept as archived/);
  });

  it('says the app is older when the assessment used a newer version (1.10.0 is newer than 1.9.0)', () => {
    const change = compareRuleSets({ id: 'mdr-2017-745', version: '1.10.0' }, undefined, { ...bundled, version: '1.9.0' }, []);
    expect(change?.kind).toBe('older');
    expect(describeRuleSetChange(change!)[0]).toMatch(/newer than this app's 1\.9\.0\. Update the app/);
  });

  it('treats a different rule set id as another checklist, not an update', () => {
    const change = compareRuleSets({ id: 'ivdr-2017-746', version: '1.0.0' }, undefined, bundled, ['ivd.one']);
    expect(change).toMatchObject({ kind: 'other', archivedAnswerIds: ['ivd.one'] });
    expect(describeRuleSetChange(change!)[0]).toContain('"ivdr-2017-746" 1.0.0');
  });

  it('orders versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
    expect(compareVersions('0.9.9', '1.0.0')).toBeLessThan(0);
  });
});
