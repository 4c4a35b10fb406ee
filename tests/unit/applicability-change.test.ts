// A profile change is reported as the number of checklist items it adds and removes.
import { describe, expect, it } from 'vitest';
import { applicabilityChange, describeChange } from '../../src/features/profile/applicability-change';
import { makeProfile } from '../../src/domain/profile';
import { smallRuleSet } from './small-rule-set';

describe('applicabilityChange', () => {
  it('counts items that start and stop applying', () => {
    const manufacturer = makeProfile({ companyName: 'Acme', roles: ['manufacturer'] });
    const importer = makeProfile({ companyName: 'Acme', roles: ['importer'] });
    // Manufacturer: org.prrc, docs.file apply; importer: org.importer only.
    expect(applicabilityChange(smallRuleSet, manufacturer, importer)).toEqual({ added: 1, removed: 2 });
    expect(applicabilityChange(smallRuleSet, importer, manufacturer)).toEqual({ added: 2, removed: 1 });
    expect(applicabilityChange(smallRuleSet, manufacturer, makeProfile({ companyName: 'Other name', roles: ['manufacturer'] }))).toEqual({ added: 0, removed: 0 });
  });

  it('says it in words', () => {
    expect(describeChange({ added: 12, removed: 3 })).toBe('12 items added, 3 removed');
    expect(describeChange({ added: 1, removed: 0 })).toBe('1 item added');
    expect(describeChange({ added: 0, removed: 2 })).toBe('2 items removed');
    expect(describeChange({ added: 0, removed: 0 })).toBe('');
  });
});
