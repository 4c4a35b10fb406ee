// Applicability conditions in French and German: whole phrases in each language's word order and agreement.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/domain/condition';
import { describeCondition } from '../../src/domain/condition-text';

const manufacturerWith = (...rest: Condition[]): Condition => ({ all: [{ fact: 'isManufacturer', is: true }, ...rest] });

describe('describeCondition in French', () => {
  it('names the role and the device classes', () => {
    expect(describeCondition(manufacturerWith({ fact: 'deviceClasses', in: ['IIb', 'III'] }), 'fr')).toBe(
      'Fabricants ayant des dispositifs de classe IIb ou III',
    );
  });

  it('uses the singular after "sans" and keeps phrases that agree with any subject', () => {
    expect(describeCondition(manufacturerWith({ fact: 'software', is: true }, { not: { fact: 'customMade', is: true } }), 'fr')).toBe(
      'Fabricants ayant des logiciels dispositifs ou intégrés à un dispositif et sans dispositif sur mesure',
    );
    expect(describeCondition({ fact: 'iso13485Certified', is: true }, 'fr')).toBe('Entreprises ayant un certificat ISO 13485');
  });

  it('lowers the roles after the first and joins them with "ou"', () => {
    expect(describeCondition({ any: [{ fact: 'isManufacturer', is: true }, { fact: 'roles', in: ['authorisedRepresentative', 'importer'] }] }, 'fr')).toBe(
      'Fabricants ou mandataires ou importateurs',
    );
    expect(describeCondition({ fact: 'roles', in: ['importer', 'distributor'] }, 'fr')).toBe('Importateurs ou distributeurs');
  });

  it('negates a list of roles with "ni … ni"', () => {
    expect(describeCondition({ not: { fact: 'roles', in: ['importer', 'distributor'] } }, 'fr')).toBe('Entreprises qui ne sont ni importateurs ni distributeurs');
  });

  it('puts the right preposition before a country name', () => {
    expect(describeCondition({ any: [{ fact: 'country', equals: 'LU' }, { fact: 'markets', in: ['FR', 'NL'] }] }, 'fr')).toBe(
      'Entreprises dont le siège est au Luxembourg, ou vendant en France ou aux Pays-Bas',
    );
  });

  it('writes legal dates in French and keeps alternatives whole', () => {
    expect(describeCondition({ any: [{ fact: 'roles', in: ['importer'] }, { fact: 'sterile', is: true }] }, 'fr')).toBe(
      'Importateurs ; ou entreprises ayant des dispositifs stériles',
    );
    expect(describeCondition(manufacturerWith({ fact: 'legacyNbAgreementBy2024', is: false }), 'fr')).toBe(
      'Fabricants n’ayant pas signé d’accord écrit avec un organisme notifié au plus tard le 26 septembre 2024',
    );
    expect(describeCondition(undefined, 'fr')).toBe('Toute entreprise, quels que soient son rôle et ses dispositifs');
  });
});

describe('describeCondition in German', () => {
  it('names the role and the device classes ("mit" + dative)', () => {
    expect(describeCondition(manufacturerWith({ fact: 'deviceClasses', in: ['IIb', 'III'] }), 'de')).toBe('Hersteller mit Produkten der Klasse IIb oder III');
  });

  it('uses the accusative after "ohne"', () => {
    expect(describeCondition(manufacturerWith({ not: { fact: 'sterile', is: true } }), 'de')).toBe('Hersteller ohne sterile Produkte');
    expect(describeCondition(manufacturerWith({ not: { fact: 'deviceClasses', in: ['III'] } }), 'de')).toBe('Hersteller ohne Produkte der Klasse III');
  });

  it('keeps nouns capitalised after the first role', () => {
    expect(
      describeCondition({ any: [{ fact: 'isManufacturer', is: true }, { fact: 'roles', in: ['authorisedRepresentative', 'importer', 'distributor'] }] }, 'de'),
    ).toBe('Hersteller oder Bevollmächtigte, Importeure oder Händler');
    expect(describeCondition({ any: [{ fact: 'roles', in: ['importer'] }, { fact: 'sterile', is: true }] }, 'de')).toBe(
      'Importeure; oder Unternehmen mit sterilen Produkten',
    );
  });

  it('sets a relative clause off with a comma, after the other qualifiers', () => {
    expect(describeCondition({ all: [{ fact: 'isManufacturer', is: true }, { fact: 'roles', in: ['importer'] }, { fact: 'sterile', is: true }] }, 'de')).toBe(
      'Hersteller mit sterilen Produkten, die zugleich Importeure sind',
    );
  });

  it('writes legal dates and company sizes in German', () => {
    expect(describeCondition(manufacturerWith({ fact: 'legacyQmsBy2024', is: true }), 'de')).toBe(
      'Hersteller mit MDR-konformem Qualitätsmanagementsystem bis zum 26. Mai 2024',
    );
    expect(describeCondition({ fact: 'companySize', in: ['small', 'medium'] }, 'de')).toBe('Unternehmen als kleine Unternehmen oder mittlere Unternehmen');
    expect(describeCondition({ not: { fact: 'companySize', in: ['small'] } }, 'de')).toBe('Unternehmen außer kleinen Unternehmen');
    expect(describeCondition(undefined, 'de')).toBe('Jedes Unternehmen, unabhängig von Rolle und Produkten');
  });
});

describe('every condition of the MDR rule set', () => {
  const conditions = new Set<string>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (o.appliesWhen) conditions.add(JSON.stringify(o.appliesWhen));
      Object.values(o).forEach(walk);
    }
  };
  walk(JSON.parse(readFileSync('rules/mdr-2017-745.json', 'utf8')));
  const english = /\b(with|without|and|or|whose|that|devices|Firms|Manufacturers|established|selling)\b/;

  it('reads without English words in French and German', () => {
    expect(conditions.size).toBeGreaterThan(20);
    for (const json of conditions) {
      const condition = JSON.parse(json) as Condition;
      for (const language of ['fr', 'de'] as const) {
        const text = describeCondition(condition, language);
        expect(text, `${language}: ${json}`).not.toMatch(english);
        expect(text, `${language}: ${json}`).not.toMatch(/undefined|\s{2}/);
      }
    }
  });
});
