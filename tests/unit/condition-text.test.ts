// Applicability conditions read as plain words on the rules screen.
import { describe, expect, it } from 'vitest';
import { describeCondition } from '../../src/domain/condition-text';

describe('describeCondition', () => {
  it('says an item without a condition applies to every firm', () => {
    expect(describeCondition(undefined)).toMatch(/^Every firm/);
  });

  it('reads a role and a device class together', () => {
    expect(
      describeCondition({ all: [{ fact: 'isManufacturer', is: true }, { fact: 'deviceClasses', in: ['IIb', 'III'] }] }),
    ).toBe('Manufacturers with class IIb or III devices');
  });

  it('joins alternative roles with "or"', () => {
    expect(describeCondition({ any: [{ fact: 'isManufacturer', is: true }, { fact: 'roles', in: ['authorisedRepresentative'] }] })).toBe(
      'Manufacturers or authorised representatives',
    );
    expect(describeCondition({ fact: 'roles', in: ['importer', 'distributor'] })).toBe('Importers or distributors');
    expect(
      describeCondition({ any: [{ fact: 'isManufacturer', is: true }, { fact: 'roles', in: ['authorisedRepresentative'] }, { fact: 'roles', in: ['importer'] }] }),
    ).toBe('Manufacturers, authorised representatives or importers');
  });

  it('turns a negated yes/no fact into "without"', () => {
    expect(describeCondition({ all: [{ fact: 'isManufacturer', is: true }, { not: { fact: 'sterile', is: true } }] })).toBe(
      'Manufacturers without sterile devices',
    );
  });

  it('names firms when only device facts are tested', () => {
    expect(describeCondition({ any: [{ fact: 'implantable', is: true }, { fact: 'highestClass', equals: 'III' }] })).toBe(
      'Firms with implantable devices, or whose highest device class is III',
    );
    expect(describeCondition({ fact: 'transition', equals: 'legacy' })).toBe('Firms with legacy devices under the MDR transition');
  });

  it('keeps each alternative whole when roles and device facts are mixed', () => {
    expect(describeCondition({ any: [{ fact: 'roles', in: ['importer'] }, { fact: 'sterile', is: true }] })).toBe(
      'Importers; or firms with sterile devices',
    );
  });

  it('names countries rather than codes', () => {
    expect(describeCondition({ fact: 'markets', in: ['LU', 'FR'] })).toBe('Firms selling in Luxembourg or France');
  });
});
