// Applicability conditions evaluated against profile facts.
import { describe, expect, it } from 'vitest';
import { conditionHolds } from '../../src/domain/condition';
import { deriveFacts } from '../../src/domain/facts';
import { makeProfile } from '../../src/domain/profile';

const facts = (p: Parameters<typeof makeProfile>[0]) => deriveFacts(makeProfile(p));

describe('conditions', () => {
  const iia = facts({ companyName: 'A', deviceClasses: ['I', 'IIa'], sterile: true });

  it('tests yes/no facts with "is" and scalar facts with "equals"', () => {
    expect(conditionHolds({ fact: 'sterile', is: true }, iia)).toBe(true);
    expect(conditionHolds({ fact: 'companySize', equals: 'micro' }, iia)).toBe(true);
  });

  it('treats "in" on a list fact as "has any of"', () => {
    expect(conditionHolds({ fact: 'deviceClasses', in: ['IIa', 'III'] }, iia)).toBe(true);
    expect(conditionHolds({ fact: 'deviceClasses', in: ['III'] }, iia)).toBe(false);
  });

  it('combines with all, any and not', () => {
    expect(conditionHolds({ all: [{ fact: 'sterile', is: true }, { not: { fact: 'implantable', is: true } }] }, iia)).toBe(true);
    expect(conditionHolds({ any: [{ fact: 'implantable', is: true }, { fact: 'active', is: true }] }, iia)).toBe(false);
    expect(conditionHolds(undefined, iia)).toBe(true);
  });
});

describe('derived facts', () => {
  it('needs no notified body for plain class I only', () => {
    expect(facts({ companyName: 'A', deviceClasses: ['I'] }).needsNotifiedBody).toBe(false);
    expect(facts({ companyName: 'A', deviceClasses: ['Is'] }).needsNotifiedBody).toBe(true);
    expect(facts({ companyName: 'A', deviceClasses: ['IIa'], roles: ['distributor'] }).needsNotifiedBody).toBe(false);
  });

  it('spares custom-made devices the notified body except class III implants', () => {
    expect(facts({ companyName: 'A', deviceClasses: ['IIa'], customMade: true }).needsNotifiedBody).toBe(false);
    expect(facts({ companyName: 'A', deviceClasses: ['III'], customMade: true, implantable: true }).needsNotifiedBody).toBe(true);
  });

  it('counts Is/Im/Ir as class I for the highest class and flags high-risk devices', () => {
    expect(facts({ companyName: 'A', deviceClasses: ['Im', 'Ir'] }).highestClass).toBe('I');
    expect(facts({ companyName: 'A', deviceClasses: ['IIb'], implantable: true }).highRisk).toBe(true);
    expect(facts({ companyName: 'A', deviceClasses: ['IIb'] }).highRisk).toBe(false);
  });
});
