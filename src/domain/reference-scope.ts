// The scope of each legal reference (which firms and devices it binds) and the proof that every item cites only references that hold for every profile it applies to.
import { z } from 'zod';
import { conditionHolds, conditionProblems, conditionSchema, type Condition } from './condition';
import { deriveFacts } from './facts';
import { bodyContacts, companySizes, deviceClasses, economicOperatorRoles, establishments, legacyBases, makeProfile, transitionStatuses, type Profile } from './profile';
import { isValidRef, refText, type ItemRef, type RuleSet } from './rule-set';
import type { RuleProblem } from './rule-set-check';

export const referenceScopeSchema = z.strictObject({
  /** A reference, or the start of one: "MDR Art. 13" covers "MDR Art. 13(2)"; "MDR Annex IX" covers "MDR Annex IX Ch. I §3.4". */
  ref: z.string().min(1),
  /** The profiles the reference binds; absent means every profile (a definition, a standard every manufacturer may use). */
  appliesTo: conditionSchema.optional(),
  /** Why: the words of the law that set the scope. */
  basis: z.string().min(1),
});

export const referenceScopesSchema = z.strictObject({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  scopes: z.array(referenceScopeSchema).min(1),
});

export type ReferenceScope = z.infer<typeof referenceScopeSchema>;
export type ReferenceScopes = z.infer<typeof referenceScopesSchema>;

/** Characters that may follow a scope key inside a longer reference ("MDR Art. 10" must not cover "MDR Art. 10a"). */
const continuations = new Set(['(', ' ', '.', ':']);

/**
 * The scope entry that covers a reference: the most specific one, so "MDR Art. 27(8)" (every operator
 * handling class III implants) overrides "MDR Art. 27" (manufacturers), and "MDR Annex IX" covers
 * "MDR Annex IX Ch. I §3.4" unless that has an entry of its own.
 */
export function scopeOf(ref: string, scopes: readonly ReferenceScope[]): ReferenceScope | undefined {
  let best: ReferenceScope | undefined;
  for (const s of scopes) {
    const covers = ref === s.ref || (ref.startsWith(s.ref) && continuations.has(ref.charAt(s.ref.length)));
    if (covers && (!best || s.ref.length > best.ref.length)) best = s;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// A small satisfiability search over the whole profile space. A profile is abstracted to boolean
// variables (role r held, raw class c given, trait t, enum field f = v, country = X, …); derived facts
// and the class sub-type rule (coherentProfile) are written as formulas over them. Every witness found is
// turned back into a real profile and re-checked with the real deriveFacts and conditionHolds, so a
// mistake in the formulas below shows as an error rather than as a false pass.

type Formula =
  | { t: 'const'; v: boolean }
  | { t: 'var'; name: string }
  | { t: 'not'; x: Formula }
  | { t: 'and'; xs: Formula[] }
  | { t: 'or'; xs: Formula[] };

const T: Formula = { t: 'const', v: true };
const F: Formula = { t: 'const', v: false };
const v = (name: string): Formula => ({ t: 'var', name });
const not = (x: Formula): Formula => ({ t: 'not', x });
const and = (...xs: Formula[]): Formula => ({ t: 'and', xs });
const or = (...xs: Formula[]): Formula => ({ t: 'or', xs });

const has = (list: string, value: string) => v(`${list}∋${value}`);
const is = (field: string, value: string | number | boolean) => (typeof value === 'boolean' ? (value ? v(field) : not(v(field))) : v(`${field}=${String(value)}`));

const enumFields: Record<string, readonly string[]> = {
  establishment: establishments,
  transition: transitionStatuses,
  companySize: companySizes,
  bodyContact: bodyContacts,
  legacyBasis: legacyBases,
};
const listFields: Record<string, readonly string[]> = { roles: economicOperatorRoles, deviceClasses };
const booleanFields = new Set(
  Object.entries(makeProfile({ companyName: 'x' }))
    .filter(([, value]) => typeof value === 'boolean')
    .map(([k]) => k),
);

// Classes as the facts see them (coherentProfile): Is, Im, Ir follow their trait when every class is class I.
const higher = ['IIa', 'IIb', 'III'] as const;
const subtypeTrait = { Is: 'sterile', Im: 'measuring', Ir: 'reusableSurgical' } as const;
const onlyClassI = not(or(...higher.map((c) => has('deviceClasses', c))));
const exactlyPlainI = and(has('deviceClasses', 'I'), ...(['Is', 'Im', 'Ir', ...higher] as const).map((c) => not(has('deviceClasses', c))));
function effClass(c: string): Formula {
  if (c in subtypeTrait) return or(has('deviceClasses', c), and(has('deviceClasses', 'I'), v(subtypeTrait[c as keyof typeof subtypeTrait]), onlyClassI));
  if (c === 'I') return and(has('deviceClasses', 'I'), not(and(exactlyPlainI, or(v('sterile'), v('measuring'), v('reusableSurgical')))));
  return has('deviceClasses', c);
}
function effTrait(trait: string): Formula {
  const cls = Object.entries(subtypeTrait).find(([, t]) => t === trait)?.[0];
  return cls ? or(v(trait), has('deviceClasses', cls)) : v(trait);
}

const isManufacturer = has('roles', 'manufacturer');
const highest = {
  III: effClass('III'),
  IIb: and(effClass('IIb'), not(effClass('III'))),
  IIa: and(effClass('IIa'), not(effClass('IIb')), not(effClass('III'))),
  I: not(or(effClass('IIa'), effClass('IIb'), effClass('III'))),
} as const;
const derived: Record<string, (value: string | number | boolean) => Formula> = {
  isManufacturer: (x) => (x ? isManufacturer : not(isManufacturer)),
  nonEuManufacturer: (x) => (x ? and(isManufacturer, v('establishment=nonEu')) : not(and(isManufacturer, v('establishment=nonEu')))),
  needsNotifiedBody: (x) => {
    const f = and(
      isManufacturer,
      or(...(['Is', 'Im', 'Ir', ...higher] as const).map(effClass)),
      or(not(v('customMade')), and(v('implantable'), highest.III)),
    );
    return x ? f : not(f);
  },
  highRisk: (x) => {
    const f = or(highest.III, and(highest.IIb, v('implantable')));
    return x ? f : not(f);
  },
  microOrSmall: (x) => (x ? or(v('companySize=micro'), v('companySize=small')) : not(or(v('companySize=micro'), v('companySize=small')))),
  foreignMarkets: (x) => (x ? v('foreignMarkets') : not(v('foreignMarkets'))),
  highestClass: (x) => highest[x as keyof typeof highest] ?? F,
};

/** A rule-set condition as a formula over the profile's variables. */
function formulaOf(c: Condition | undefined): Formula {
  if (!c) return T;
  if ('all' in c) return and(...c.all.map(formulaOf));
  if ('any' in c) return or(...c.any.map(formulaOf));
  if ('not' in c) return not(formulaOf(c.not));
  const values = 'is' in c ? [c.is] : 'equals' in c ? [c.equals] : c.in;
  return or(
    ...values.map((value): Formula => {
      const d = derived[c.fact];
      if (d) return d(value);
      if (c.fact === 'deviceClasses') return effClass(String(value));
      if (c.fact in listFields || c.fact === 'markets') return has(c.fact, String(value));
      if (c.fact === 'sterile' || c.fact === 'measuring' || c.fact === 'reusableSurgical') return value ? effTrait(c.fact) : not(effTrait(c.fact));
      if (booleanFields.has(c.fact)) return is(c.fact, value);
      return is(c.fact, value);
    }),
  );
}

/** Variables by how often the formula names them, most first: deciding those first settles most of it. */
function branchOrder(f: Formula): string[] {
  const counts = new Map<string, number>();
  const walk = (x: Formula): void => {
    if (x.t === 'var') counts.set(x.name, (counts.get(x.name) ?? 0) + 1);
    else if (x.t === 'not') walk(x.x);
    else if (x.t === 'and' || x.t === 'or') x.xs.forEach(walk);
  };
  walk(f);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

function varsOf(f: Formula, into: Set<string>): Set<string> {
  if (f.t === 'var') into.add(f.name);
  else if (f.t === 'not') varsOf(f.x, into);
  else if (f.t === 'and' || f.t === 'or') for (const x of f.xs) varsOf(x, into);
  return into;
}

/** What a valid profile must satisfy, for the fields the formula mentions. */
function validity(vars: Set<string>): Formula {
  const parts: Formula[] = [];
  const mentions = (field: string, sep: string) => [...vars].some((x) => x.startsWith(field + sep));
  for (const [field, values] of Object.entries(listFields)) {
    if (mentions(field, '∋')) parts.push(or(...values.map((x) => has(field, x))));
  }
  for (const [field, values] of Object.entries(enumFields)) {
    if (!mentions(field, '=')) continue;
    const vs = values.map((x) => v(`${field}=${x}`));
    parts.push(or(...vs));
    vs.forEach((a, i) => vs.slice(i + 1).forEach((b) => parts.push(not(and(a, b)))));
  }
  // Any other scalar field (country, a number) holds at most one of the values named.
  const scalars = new Map<string, Formula[]>();
  for (const name of vars) {
    const m = /^([a-zA-Z]+)=(.*)$/.exec(name);
    if (m && !(m[1]! in enumFields)) scalars.set(m[1]!, [...(scalars.get(m[1]!) ?? []), v(name)]);
  }
  for (const vs of scalars.values()) vs.forEach((a, i) => vs.slice(i + 1).forEach((b) => parts.push(not(and(a, b)))));
  return and(...parts);
}

type Assignment = Map<string, boolean>;

/** Three-valued evaluation: true, false, or undefined while an unassigned variable could still decide it. */
function value3(f: Formula, a: Assignment): boolean | undefined {
  switch (f.t) {
    case 'const':
      return f.v;
    case 'var':
      return a.get(f.name);
    case 'not': {
      const x = value3(f.x, a);
      return x === undefined ? undefined : !x;
    }
    case 'and': {
      let unknown = false;
      for (const x of f.xs) {
        const r = value3(x, a);
        if (r === false) return false;
        if (r === undefined) unknown = true;
      }
      return unknown ? undefined : true;
    }
    case 'or': {
      let unknown = false;
      for (const x of f.xs) {
        const r = value3(x, a);
        if (r === true) return true;
        if (r === undefined) unknown = true;
      }
      return unknown ? undefined : false;
    }
  }
}

/** Every assignment (as few variables as decide it) under which the formula holds, lazily. */
function* models(f: Formula, order: readonly string[], a: Assignment = new Map(), at = 0): Generator<Assignment> {
  const r = value3(f, a);
  if (r === false) return;
  if (r === true) {
    yield new Map(a);
    return;
  }
  for (let i = at; i < order.length; i += 1) {
    const name = order[i]!;
    if (a.has(name)) continue;
    // False first: the witness names as few roles, classes and traits as it can.
    for (const choice of [false, true]) {
      a.set(name, choice);
      yield* models(f, order, a, i + 1);
      a.delete(name);
    }
    return;
  }
}

/** A real profile for an assignment: unnamed fields keep their defaults, unnamed list entries are left out. */
function profileOf(a: Assignment): Profile {
  const base = makeProfile({ companyName: 'Example' }) as Record<string, unknown>;
  const raw: Record<string, unknown> = { ...base, deviceClasses: [...(base.deviceClasses as string[])], roles: [...(base.roles as string[])] };
  const lists: Record<string, Set<string>> = {};
  for (const [name, val] of a) {
    const member = /^([a-zA-Z]+)∋(.*)$/.exec(name);
    if (member) {
      const set = (lists[member[1]!] ??= new Set());
      if (val) set.add(member[2]!);
      continue;
    }
    const eq = /^([a-zA-Z]+)=(.*)$/.exec(name);
    if (eq) {
      if (val) raw[eq[1]!] = typeof base[eq[1]!] === 'number' ? Number(eq[2]) : eq[2];
      else if (raw[eq[1]!] === eq[2]) raw[eq[1]!] = eq[1] === 'country' ? 'ZZ' : raw[eq[1]!];
      continue;
    }
    if (name !== 'foreignMarkets') raw[name] = val;
  }
  for (const [field, set] of Object.entries(lists)) {
    const listed = [...set];
    // A list must keep at least one entry; the validity formula guarantees one when the list is named.
    if (listed.length > 0 || field === 'markets') raw[field] = listed;
  }
  // foreignMarkets stands for "a market other than the home country".
  const wantsForeign = a.get('foreignMarkets');
  const markets = raw.markets as string[];
  if (wantsForeign === true && !markets.some((m) => m !== raw.country)) raw.markets = [...markets, raw.country === 'ZZ' ? 'ZY' : 'ZZ'];
  if (wantsForeign === false) raw.markets = markets.filter((m) => m === raw.country);
  // Only the raw values: coherentProfile is applied by deriveFacts, as in the app.
  return { ...(raw as Profile) };
}

const profileDefaults = makeProfile({ companyName: 'Example' });

/** The fields of a profile that differ from the defaults, for an error message a rule author can act on. */
export function describeProfile(p: Profile): string {
  const parts: string[] = [];
  for (const [k, val] of Object.entries(p)) {
    if (k === 'companyName' || k === 'deviceName') continue;
    const d = (profileDefaults as Record<string, unknown>)[k];
    if (JSON.stringify(d) === JSON.stringify(val) && k !== 'roles' && k !== 'deviceClasses') continue;
    parts.push(`${k}=${Array.isArray(val) ? `[${val.join(', ')}]` : String(val)}`);
  }
  return parts.join(', ');
}

/** A profile for which `holds` is true and `fails` is false, or null when there is none in the whole profile space. */
export function findProfile(holds: readonly (Condition | undefined)[], fails: Condition | undefined): Profile | null {
  const goal = and(...holds.map(formulaOf), not(formulaOf(fails)));
  const vars = varsOf(goal, new Set());
  const formula = and(goal, validity(vars));
  const order = branchOrder(formula);
  for (const model of models(formula, order)) {
    const profile = profileOf(model);
    const facts = deriveFacts(profile);
    if (holds.every((c) => conditionHolds(c, facts)) && !conditionHolds(fails, facts)) return profile;
  }
  return null;
}

/** Problems in the scope table itself: format, conditions, entries no reference uses. */
export function checkScopeTable(json: unknown): { scopes: ReferenceScope[] | null; problems: RuleProblem[] } {
  const parsed = referenceScopesSchema.safeParse(json);
  if (!parsed.success) return { scopes: null, problems: parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })) };
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  parsed.data.scopes.forEach((s, i) => {
    if (seen.has(s.ref)) problems.push({ path: `scopes[${i}].ref`, message: `"${s.ref}" is listed twice` });
    seen.add(s.ref);
    if (!isValidRef(s.ref)) problems.push({ path: `scopes[${i}].ref`, message: `"${s.ref}" is not in a documented reference format` });
    if (s.appliesTo) for (const p of conditionProblems(s.appliesTo, ['scopes', i, 'appliesTo'])) problems.push({ path: p.path.join('.'), message: p.message });
  });
  return { scopes: problems.length === 0 ? parsed.data.scopes : null, problems };
}

/**
 * Every reference of every item and deadline must hold for every profile that sees it: the item's
 * (or deadline's) condition and the reference's own condition must imply the reference's scope. Each
 * failure names the item, the reference, its scope and a profile that shows the fault.
 */
export function checkReferenceScopes(ruleSet: RuleSet, scopes: readonly ReferenceScope[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  // Many items share a condition and a scope: search each combination once.
  const found = new Map<string, Profile | null>();
  const search = (holds: (Condition | undefined)[], fails: Condition) => {
    const key = JSON.stringify([holds, fails]);
    if (!found.has(key)) found.set(key, findProfile(holds, fails));
    return found.get(key)!;
  };
  const check = (path: string, owner: string, applies: Condition | undefined, ref: ItemRef) => {
    const text = refText(ref);
    const covering = scopeOf(text, scopes);
    if (!covering) {
      problems.push({ path, message: `${owner}: reference "${text}" has no entry in rules/reference-scopes.json; add one that says whom it binds` });
      return;
    }
    if (!covering.appliesTo) return;
    const witness = search([applies, typeof ref === 'string' ? undefined : ref.when], covering.appliesTo);
    if (witness) {
      const why = `${covering.ref}: ${covering.basis}`;
      problems.push({
        path,
        message: `${owner}: reference "${text}" is shown outside its scope (${why}), for example to a profile with ${describeProfile(witness)}; give the reference a "when" condition or narrow the item`,
      });
    }
  };
  ruleSet.areas.forEach((area, ai) =>
    area.items.forEach((item, ii) =>
      item.refs.forEach((ref, ri) => check(`areas[${ai}].items[${ii}].refs[${ri}]`, `item ${item.id}`, item.appliesWhen, ref)),
    ),
  );
  ruleSet.deadlines.forEach((d, di) => d.refs.forEach((ref, ri) => check(`deadlines[${di}].refs[${ri}]`, `deadline ${d.id}`, d.appliesWhen, ref)));
  return problems;
}
