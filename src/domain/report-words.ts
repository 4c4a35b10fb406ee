// Every word the PDF gap report and the CSV action plan print, in each report language. Pure data and
// small sentence functions (not the interface's translation store): the report is built lazily in the
// browser and in Node by the CLI.
// Status and severity words are the screens' words (src/i18n/locales/*/common.json); a test keeps them equal.
import type { ItemStatus, Priority } from './evaluate';
import type { CostKind, Severity } from './rule-set';
import type { Language } from './text';

export type Recurrence = 'oneOff' | 'yearly';

/** The counts of answered requirements a summary sentence lists. */
export interface AnsweredCounts {
  met: number;
  partial: number;
  not_met: number;
  not_applicable: number;
}

export interface ReportWords {
  /** The Intl locale of figures and dates. */
  locale: string;
  status: Record<ItemStatus, string>;
  severity: Record<Severity, string>;
  /** A priority on its own, as in a table column "Priority". */
  priority: Record<Priority, string>;
  /** A priority as a heading: "High priority". */
  priorityTitle: Record<Priority, string>;
  priorityIntro: Record<Priority, string>;
  costKind: Record<CostKind, string>;
  /** "Label: value", with the spacing the language puts before a colon. */
  labelled: (label: string, value: string) => string;

  report: {
    title: string;
    headerRight: (date: string) => string;
    footerNote: string;
    page: (page: number, pages: number) => string;
    contents: string;
    unnamedCompany: string;
  };
  cover: {
    company: string;
    device: string;
    deviceClass: (classes: number) => string;
    assessedBy: string;
    reportDate: string;
    answersAsOf: string;
    ruleSet: string;
    notNamed: string;
    notGiven: string;
    className: (deviceClass: string) => string;
    ruleSetValue: (id: string, version: string, date: string, reviewed: string | null) => string;
    notice: string;
  };
  sections: {
    summary: string;
    areas: string;
    gaps: (count: number) => string;
    actionPlan: string;
    costs: string;
    underRevision: string;
    assumptions: string;
    appendix: string;
  };
  summary: {
    noneApply: string;
    noneAnswered: (applicable: number) => string;
    answered: (applicable: number, answered: number, counts: AnsweredCounts, readiness: string) => string;
    gapsOpen: (gaps: number, high: number, medium: number, low: number) => string;
    noGapsOpen: string;
    /** `yearly` is null when the gaps have no recurring cost. */
    knownCost: (oneOff: string, p10: string, p90: string, yearly: string | null) => string;
    /** `oneOff` is null when the open items have no cost; `yearly` when they have no recurring cost. */
    unanswered: (count: number, oneOff: string | null, yearly: string | null) => string;
    readinessCaption: string;
    readinessCaptionNone: string;
    progress: (answered: number, applicable: number, share: string) => string;
    figureReadiness: string;
    figureAnswered: string;
    figureOpenGaps: string;
    figureHighGaps: string;
    matrixHead: string;
    all: string;
    costHeading: string;
    likelyHead: string;
    knownGaps: Record<Recurrence, string>;
    ifUnanswered: (count: number, recurrence: Recurrence) => string;
    p50Note: (tenPercent: string) => string;
    exposureNote: string;
    planNote: (oneOff: string, yearly: string) => string;
    matrixHeading: string;
    deadlinesHeading: string;
    deadlineHead: [date: string, deadline: string, when: string];
    nextDeadline: (date: string, when: string) => string;
  };
  deadline: {
    today: string;
    passed: (days: number) => string;
    ahead: (days: number) => string;
    /** A gap's legal deadline in words: date, how far, title. */
    line: (date: string, when: string, title: string) => string;
  };
  areas: {
    notAnswered: string;
    detail: (answered: number, applicable: number, gaps: number) => string;
    legend: (green: string, amber: string) => string;
  };
  gaps: {
    noneAnswered: string;
    noGaps: (unanswered: number) => string;
    owner: string;
    notAssigned: string;
    due: string;
    noDueDate: string;
    inPlan: string;
    outsourced: string;
    legalDeadline: string;
    estimatedCost: string;
    noCost: string;
    action: string;
    note: string;
    pendingChange: string;
    costMethod: string;
    cost: (likely: string, recurrence: Recurrence, range: string) => string;
    costBasis: (kind: string, recurrence: Recurrence, likely: string, basis: string) => string;
  };
  actionPlan: {
    intro: string;
    head: [due: string, gap: string, owner: string, priority: string, deadline: string, cost: string];
    noDate: string;
    notAssigned: string;
    inPlanTag: string;
    perYear: (amount: string) => string;
  };
  costs: {
    moneyHead: [oneOffP50: string, oneOffRange: string, yearlyP50: string, yearlyRange: string];
    area: string;
    gaps: string;
    allKnownGaps: string;
    kind: string;
    gap: string;
    oneOffLikely: string;
    yearlyLikely: string;
    notes: [string, string];
    byArea: string;
    byKind: string;
    topDrivers: string;
    nothing: string;
  };
  underRevision: { intro: string };
  assumptions: {
    estimates: { title: string; text: string };
    adding: { title: string; text: string };
    scoring: { title: string; text: (partialCredit: string) => string };
    ranking: { title: string; text: string };
    scope: { title: string; text: (excluded: number, archived: number) => string };
    advice: { title: string; text: string };
    ruleSetHeading: string;
    ruleSet: string;
    idAndVersion: string;
    contentCurrentTo: string;
    reviewedOn: string;
    evaluatedAsOf: string;
    settingsHeading: string;
    currency: string;
    converted: (currency: string, rate: string) => string;
    internalDayRate: string;
    perPersonDay: (amount: string) => string;
    externalDayRate: string;
    perDay: (amount: string) => string;
    partialCredit: string;
    partialCreditValue: (credit: string, remaining: string) => string;
    profileHeading: string;
    deviceClasses: string;
    profileInWords: string;
    deviceFamilies: string;
    technicalFiles: string;
    markets: string;
  };
  appendix: {
    intro: (withAdviserNotes: boolean) => string;
    head: [requirement: string, answer: string, notes: string];
    whyNotApplicable: string;
    note: string;
    evidence: string;
    adviserNote: string;
    owner: string;
    due: string;
  };
  csv: {
    head: (currency: string) => string[];
    yes: string;
    no: string;
    inHouse: string;
    outsourced: string;
  };
}

/** Whole numbers in the language's digits and grouping. */
function counter(locale: string): (n: number) => string {
  const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (n) => f.format(n);
}

// ── English ──

const enN = counter('en-GB');
/** "1 gap", "3 gaps". */
const enCount = (n: number, one: string, many: string) => `${enN(n)} ${n === 1 ? one : many}`;

const en: ReportWords = {
  locale: 'en-GB',
  status: { met: 'Met', partial: 'Partly met', not_met: 'Not met', not_applicable: 'Not applicable', unanswered: 'Not answered yet' },
  severity: { critical: 'Critical', major: 'Major', minor: 'Minor' },
  priority: { high: 'High', medium: 'Medium', low: 'Low' },
  priorityTitle: { high: 'High priority', medium: 'Medium priority', low: 'Low priority' },
  priorityIntro: {
    high: 'Start here: critical gaps with most of the work still to do, and major gaps with a legal deadline within a year.',
    medium: 'Plan these next: major gaps, and critical gaps that are already partly closed.',
    low: 'Schedule these once the above are under way: minor gaps and partly closed major ones.',
  },
  costKind: {
    internal: 'Internal effort',
    notifiedBody: 'Notified body',
    testing: 'Testing',
    clinical: 'Clinical evidence',
    consulting: 'Consulting',
    translation: 'Translation',
    other: 'Other external',
  },
  labelled: (label, value) => `${label}: ${value}`,
  report: {
    title: 'MDR readiness gap report',
    headerRight: (date) => `MDR gap report · ${date}`,
    footerNote: 'Planning estimates, not legal advice',
    page: (page, pages) => `Page ${enN(page)} of ${enN(pages)}`,
    contents: 'Contents',
    unnamedCompany: 'Unnamed company',
  },
  cover: {
    company: 'Company',
    device: 'Device',
    deviceClass: (n) => (n > 1 ? 'Device classes' : 'Device class'),
    assessedBy: 'Assessed by',
    reportDate: 'Report date',
    answersAsOf: 'Answers as of',
    ruleSet: 'Rule set',
    notNamed: 'Not named',
    notGiven: 'Not given',
    className: (c) => `Class ${c}`,
    ruleSetValue: (id, version, date, reviewed) => `${id} version ${version}, content current to ${date}${reviewed ? `, reviewed against the law on ${reviewed}` : ''}`,
    notice:
      'A self-assessment of readiness for Regulation (EU) 2017/745 with planning estimates of the cost of closing the gaps. Estimates, not quotes; not legal advice.',
  },
  sections: {
    summary: 'Executive summary',
    areas: 'Readiness by area',
    gaps: (n) => `Gaps by priority (${enN(n)})`,
    actionPlan: 'Action plan',
    costs: 'Cost breakdown',
    underRevision: 'Pending changes of the law',
    assumptions: 'Assumptions and disclaimer',
    appendix: 'Appendix: all applicable requirements',
  },
  summary: {
    noneApply: 'No item of the rule set applies to this profile; check the roles and device classes in the profile.',
    noneAnswered: (n) =>
      n === 1
        ? 'The one requirement that applies has not been answered yet, so readiness and the cost of gaps are not known. The figures below show what the open item could cost.'
        : `None of the ${enN(n)} requirements that apply has been answered yet, so readiness and the cost of gaps are not known. The figures below show what the open items could cost.`,
    answered: (applicable, answered, c, readiness) => {
      const parts = [
        `${enN(c.met)} met`,
        ...(c.partial > 0 ? [`${enN(c.partial)} partly met`] : []),
        ...(c.not_met > 0 ? [`${enN(c.not_met)} not met`] : []),
        ...(c.not_applicable > 0 ? [`${enN(c.not_applicable)} not applicable`] : []),
      ];
      return `Of the ${enCount(applicable, 'requirement', 'requirements')} that apply, ${enN(answered)} ${answered === 1 ? 'is' : 'are'} answered: ${parts.join(', ')}. Overall readiness is ${readiness}.`;
    },
    gapsOpen: (gaps, high, medium, low) => `${enCount(gaps, 'gap is', 'gaps are')} open: ${enN(high)} high, ${enN(medium)} medium and ${enN(low)} low priority.`,
    noGapsOpen: 'No gaps are open among the answered requirements.',
    knownCost: (oneOff, p10, p90, yearly) =>
      `Closing the known gaps is likely to cost about ${oneOff} once (P10 – P90: ${p10} – ${p90})${yearly ? ` and ${yearly} per year` : ''}.`,
    unanswered: (n, oneOff, yearly) =>
      `${enCount(n, 'requirement is', 'requirements are')} not answered yet${
        oneOff ? `; if ${n === 1 ? 'it turned out to be a gap it' : 'all turned out to be gaps they'} would add about ${oneOff} once${yearly ? ` and ${yearly} per year` : ''}` : ''
      }.`,
    readinessCaption: 'Overall readiness (severity-weighted, answered items)',
    readinessCaptionNone: 'Overall readiness: nothing answered yet',
    progress: (answered, applicable, share) => `${enN(answered)} of ${enN(applicable)} applicable requirements answered (${share})`,
    figureReadiness: 'Overall readiness',
    figureAnswered: 'Requirements answered',
    figureOpenGaps: 'Open gaps',
    figureHighGaps: 'High-priority gaps',
    matrixHead: 'Open gaps',
    all: 'All',
    costHeading: 'Cost of closing the gaps',
    likelyHead: 'P50 (likely)',
    knownGaps: { oneOff: 'Known gaps, one-off', yearly: 'Known gaps, per year' },
    ifUnanswered: (n, r) => `If the ${enN(n)} unanswered ${n === 1 ? 'is a gap' : 'are gaps'}, ${r === 'oneOff' ? 'one-off' : 'per year'}`,
    p50Note: (ten) =>
      `P50 is the likely figure: an even chance the cost ends up below it. There is a ${ten} chance of spending less than P10 and a ${ten} chance of spending more than P90.`,
    exposureNote: 'The unanswered rows are open exposure, not a forecast: they show what the requirements not yet answered would cost if none of them were met.',
    planNote: (oneOff, yearly) => `Gaps marked as in this year's plan: one-off P50 ${oneOff}, per year P50 ${yearly}.`,
    matrixHeading: 'Open gaps by priority and severity',
    deadlinesHeading: 'Legal deadlines that apply',
    deadlineHead: ['Date', 'Legal deadline', 'When'],
    nextDeadline: (date, when) => `Nearest upcoming deadline: ${date} (${when})`,
  },
  deadline: {
    today: 'today',
    passed: (d) => `passed ${enCount(d, 'day', 'days')} ago`,
    ahead: (d) => `in ${enCount(d, 'day', 'days')}`,
    line: (date, when, title) => `${date}, ${when}: ${title}`,
  },
  areas: {
    notAnswered: 'not answered',
    detail: (answered, applicable, gaps) => `${enN(answered)} of ${enN(applicable)} answered · ${enCount(gaps, 'gap', 'gaps')}`,
    legend: (green, amber) =>
      `Bars show severity-weighted readiness of the answered requirements in each area: green from ${green}, amber from ${amber}, red below. The figure is printed beside each bar.`,
  },
  gaps: {
    noneAnswered:
      'No gaps are known yet because no requirement has been answered. Answer the checklist to see which requirements are not met and what closing them costs.',
    noGaps: (u) =>
      `No gaps: every answered requirement is met or does not apply.${u > 0 ? ` ${enCount(u, 'requirement is', 'requirements are')} still to be answered.` : ''}`,
    owner: 'Owner',
    notAssigned: 'not assigned',
    due: 'Due',
    noDueDate: 'no date set',
    inPlan: 'In this year’s plan',
    outsourced: 'To be outsourced',
    legalDeadline: 'Legal deadline',
    estimatedCost: 'Estimated cost',
    noCost: 'no external or internal cost recorded for this requirement',
    action: 'Recommended action',
    note: 'Note',
    pendingChange: 'Pending change of the law',
    costMethod: 'How the cost was estimated',
    cost: (likely, r, range) => `${likely} ${r === 'oneOff' ? 'one-off' : 'per year'} (range ${range})`,
    costBasis: (kind, r, likely, basis) => `${kind}${r === 'yearly' ? ', per year' : ''}: ${likely} likely = ${basis}`,
  },
  actionPlan: {
    intro: 'Every open gap, by the due date the company set; gaps without a date come last, highest priority first.',
    head: ['Due', 'Gap to close', 'Owner', 'Priority', 'Legal deadline', 'One-off, likely'],
    noDate: 'No date',
    notAssigned: 'Not assigned',
    inPlanTag: 'in this year’s plan',
    perYear: (amount) => `+ ${amount} per year`,
  },
  costs: {
    moneyHead: ['One-off P50', 'One-off P10 – P90', 'Per year P50', 'Per year P10 – P90'],
    area: 'Area',
    gaps: 'Gaps',
    allKnownGaps: 'All known gaps',
    kind: 'Kind of cost',
    gap: 'Gap',
    oneOffLikely: 'One-off, likely',
    yearlyLikely: 'Per year, likely',
    notes: [
      'The total row is not the sum of the rows above it: P10, P50 and P90 of a total come from the combined spread of all cost lines, and costs rarely all run high at once.',
      'Costs count only the work still to do: a partly met requirement carries the remaining share of its cost, and met or not-applicable requirements carry none.',
    ],
    byArea: 'By area',
    byKind: 'By kind of cost',
    topDrivers: 'The largest cost drivers',
    nothing: 'No known gaps, so no cost to break down.',
  },
  underRevision: {
    intro: 'These requirements may change: a proposal or a pending act would alter them. Plan with the current rule, and check again before large spending.',
  },
  assumptions: {
    estimates: {
      title: 'Estimates, not quotes',
      text: 'Every cost in this report is a planning estimate built from planning assumptions: the internal effort in person-days and the typical external prices recorded for each requirement in the rule set, and the settings below. Notified body, test laboratory and consultant prices vary with the device, the provider and the country; ask for quotes before committing a budget.',
    },
    adding: {
      title: 'How costs are added up',
      text: 'Each gap has a low, likely and high figure. Totals are stated as P10, P50 and P90 of the sum of independent PERT distributions, one per cost line, so a total is not the sum of the items’ highs. One-off and yearly costs are kept apart; yearly costs recur for as long as the devices are on the market. Costs that scale with the number of device families or technical files use the numbers in the profile below.',
    },
    scoring: {
      title: 'How readiness is scored',
      text: (partial) =>
        `Readiness is the severity-weighted share of the answered applicable requirements that are met: critical requirements weigh 3, major 2 and minor 1, and a partly met requirement earns ${partial} of its weight. Unanswered requirements are left out of the score and shown as progress instead, so the score is less reliable while many remain open.`,
    },
    ranking: {
      title: 'How gaps are ranked',
      text: 'A gap’s priority combines its severity, the share of the work still to do and whether a legal deadline falls within the next 365 days.',
    },
    scope: {
      title: 'Scope',
      text: (excluded, archived) =>
        `${enCount(excluded, 'requirement', 'requirements')} of the rule set ${excluded === 1 ? 'does' : 'do'} not apply to this profile (its roles, device classes and device characteristics) and ${excluded === 1 ? 'is' : 'are'} not listed. The answers are the company’s own assessment; they have not been audited.${
          archived > 0
            ? ` ${enCount(archived, 'answer refers', 'answers refer')} to requirements no longer in this rule set; ${archived === 1 ? 'it is' : 'they are'} kept in the assessment but not part of this report.`
            : ''
        }`,
    },
    advice: {
      title: 'Not legal advice',
      text: 'This report helps plan work and budget. It is not legal advice and does not replace the judgement of a notified body, a competent authority or a qualified regulatory professional. References point to Regulation (EU) 2017/745 (MDR), related acts, guidance and standards as of the rule set’s date; check the current texts before acting.',
    },
    ruleSetHeading: 'Rule set',
    ruleSet: 'Rule set',
    idAndVersion: 'Identifier and version',
    contentCurrentTo: 'Content current to',
    reviewedOn: 'Reviewed against the law on',
    evaluatedAsOf: 'Evaluated as of',
    settingsHeading: 'Settings used',
    currency: 'Currency',
    converted: (cur, rate) => `${cur}, converted at ${rate} ${cur} per EUR`,
    internalDayRate: 'Internal day rate',
    perPersonDay: (amount) => `${amount} per person-day`,
    externalDayRate: 'External consultant day rate',
    perDay: (amount) => `${amount} per day`,
    partialCredit: 'Credit for a partly met requirement',
    partialCreditValue: (credit, remaining) => `${credit} of its weight; ${remaining} of its cost remains`,
    profileHeading: 'Profile figures the costs scale with',
    deviceClasses: 'Device classes',
    profileInWords: 'The profile in words',
    deviceFamilies: 'Device families',
    technicalFiles: 'Technical files',
    markets: 'Markets',
  },
  appendix: {
    intro: (adviser) => `Every requirement that applies to this profile, with the answer, note and evidence recorded${adviser ? ', and the adviser’s notes' : ''}.`,
    head: ['Requirement', 'Answer', 'Note and evidence'],
    whyNotApplicable: 'Why not applicable',
    note: 'Note',
    evidence: 'Evidence',
    adviserNote: 'Adviser’s note',
    owner: 'Owner',
    due: 'Due',
  },
  csv: {
    head: (cur) => [
      'Priority',
      'Area',
      'Item id',
      'Requirement',
      'Status',
      'Severity',
      'References',
      'Owner',
      'Due date',
      'In plan',
      'Sourcing',
      `One-off low (${cur})`,
      `One-off likely (${cur})`,
      `One-off high (${cur})`,
      `Yearly likely (${cur})`,
      'Note',
    ],
    yes: 'yes',
    no: 'no',
    inHouse: 'in-house',
    outsourced: 'outsourced',
  },
};

// ── French ──

const frN = counter('fr-FR');
/** French counts 0 and 1 in the singular: "0 écart", "1 écart", "2 écarts". */
const frOne = (n: number) => n <= 1;
const frCount = (n: number, one: string, many: string) => `${frN(n)} ${frOne(n) ? one : many}`;

const fr: ReportWords = {
  locale: 'fr-FR',
  status: { met: 'Satisfait', partial: 'Partiellement satisfait', not_met: 'Non satisfait', not_applicable: 'Sans objet', unanswered: 'Pas encore répondu' },
  severity: { critical: 'Critique', major: 'Majeure', minor: 'Mineure' },
  priority: { high: 'Haute', medium: 'Moyenne', low: 'Basse' },
  priorityTitle: { high: 'Priorité haute', medium: 'Priorité moyenne', low: 'Priorité basse' },
  priorityIntro: {
    high: 'À traiter en premier : les écarts critiques dont l’essentiel du travail reste à faire, et les écarts majeurs soumis à une échéance légale dans l’année.',
    medium: 'À planifier ensuite : les écarts majeurs, et les écarts critiques déjà en partie comblés.',
    low: 'À programmer une fois les précédents engagés : les écarts mineurs et les écarts majeurs en partie comblés.',
  },
  costKind: {
    internal: 'Effort interne',
    notifiedBody: 'Organisme notifié',
    testing: 'Essais',
    clinical: 'Preuves cliniques',
    consulting: 'Conseil',
    translation: 'Traduction',
    other: 'Autres coûts externes',
  },
  labelled: (label, value) => `${label} : ${value}`,
  report: {
    title: 'Rapport d’écarts MDR',
    headerRight: (date) => `Rapport d’écarts MDR · ${date}`,
    footerNote: 'Estimations de planification, pas un avis juridique',
    page: (page, pages) => `Page ${frN(page)} sur ${frN(pages)}`,
    contents: 'Sommaire',
    unnamedCompany: 'Entreprise sans nom',
  },
  cover: {
    company: 'Entreprise',
    device: 'Dispositif',
    deviceClass: (n) => (n > 1 ? 'Classes' : 'Classe'),
    assessedBy: 'Évalué par',
    reportDate: 'Date du rapport',
    answersAsOf: 'Réponses au',
    ruleSet: 'Référentiel',
    notNamed: 'Non nommé',
    notGiven: 'Non renseigné',
    className: (c) => `Classe ${c}`,
    ruleSetValue: (id, version, date, reviewed) => `${id} version ${version}, contenu à jour au ${date}${reviewed ? `, vérifié par rapport aux textes le ${reviewed}` : ''}`,
    notice:
      'Auto-évaluation de l’état de préparation au règlement (UE) 2017/745, avec des estimations de planification du coût nécessaire pour combler les écarts. Des estimations, pas des devis ; ce n’est pas un avis juridique.',
  },
  sections: {
    summary: 'Synthèse',
    areas: 'État de préparation par domaine',
    gaps: (n) => `Écarts par priorité (${frN(n)})`,
    actionPlan: 'Plan d’action',
    costs: 'Ventilation des coûts',
    underRevision: 'Évolutions de la réglementation en cours',
    assumptions: 'Hypothèses et avertissement',
    appendix: 'Annexe : toutes les exigences applicables',
  },
  summary: {
    noneApply: 'Aucune exigence du référentiel ne s’applique à ce profil ; vérifiez les rôles et les classes de dispositifs indiqués dans le profil.',
    noneAnswered: (n) =>
      n === 1
        ? 'L’unique exigence applicable n’a pas encore de réponse : l’état de préparation et le coût des écarts ne sont donc pas connus. Les chiffres ci-dessous indiquent ce que ce point ouvert pourrait coûter.'
        : `Aucune des ${frN(n)} exigences applicables n’a encore de réponse : l’état de préparation et le coût des écarts ne sont donc pas connus. Les chiffres ci-dessous indiquent ce que les points ouverts pourraient coûter.`,
    answered: (applicable, answered, c, readiness) => {
      const f = (n: number, one: string, many: string) => frCount(n, one, many);
      const parts = [
        f(c.met, 'satisfaite', 'satisfaites'),
        ...(c.partial > 0 ? [f(c.partial, 'partiellement satisfaite', 'partiellement satisfaites')] : []),
        ...(c.not_met > 0 ? [f(c.not_met, 'non satisfaite', 'non satisfaites')] : []),
        ...(c.not_applicable > 0 ? [`${frN(c.not_applicable)} sans objet`] : []),
      ];
      const of = applicable === 1 ? 'Sur l’unique exigence applicable' : `Sur les ${frN(applicable)} exigences applicables`;
      return `${of}, ${frN(answered)} ${frOne(answered) ? 'a reçu une réponse' : 'ont reçu une réponse'} : ${parts.join(', ')}. État de préparation global : ${readiness}.`;
    },
    gapsOpen: (gaps, high, medium, low) =>
      `${frCount(gaps, 'écart ouvert', 'écarts ouverts')} : ${frN(high)} de priorité haute, ${frN(medium)} de priorité moyenne et ${frN(low)} de priorité basse.`,
    noGapsOpen: 'Aucun écart ouvert parmi les exigences ayant reçu une réponse.',
    knownCost: (oneOff, p10, p90, yearly) =>
      `Combler les écarts connus coûtera probablement environ ${oneOff} en une fois (P10 – P90 : ${p10} – ${p90})${yearly ? `, plus ${yearly} par an` : ''}.`,
    unanswered: (n, oneOff, yearly) => {
      const head = n === 1 ? '1 exigence n’a pas encore de réponse' : `${frN(n)} exigences n’ont pas encore de réponse`;
      if (!oneOff) return `${head}.`;
      const what =
        n === 1
          ? `si elle s’avérait être un écart, elle ajouterait environ ${oneOff} en une fois`
          : `si toutes s’avéraient être des écarts, elles ajouteraient environ ${oneOff} en une fois`;
      return `${head} ; ${what}${yearly ? ` et ${yearly} par an` : ''}.`;
    },
    readinessCaption: 'État de préparation global (pondéré par la gravité, exigences ayant une réponse)',
    readinessCaptionNone: 'État de préparation global : aucune réponse pour l’instant',
    progress: (answered, applicable, share) => `Réponse apportée à ${frN(answered)} exigence${frOne(answered) ? '' : 's'} applicable${frOne(answered) ? '' : 's'} sur ${frN(applicable)} (${share})`,
    figureReadiness: 'État de préparation global',
    figureAnswered: 'Exigences avec réponse',
    figureOpenGaps: 'Écarts ouverts',
    figureHighGaps: 'Écarts de priorité haute',
    matrixHead: 'Écarts ouverts',
    all: 'Total',
    costHeading: 'Coût pour combler les écarts',
    likelyHead: 'P50 (probable)',
    knownGaps: { oneOff: 'Écarts connus, coût ponctuel', yearly: 'Écarts connus, par an' },
    ifUnanswered: (n, r) =>
      `${n === 1 ? 'Si l’exigence sans réponse est un écart' : `Si les ${frN(n)} exigences sans réponse sont des écarts`}, ${r === 'oneOff' ? 'coût ponctuel' : 'par an'}`,
    p50Note: (ten) =>
      `P50 est le chiffre probable : le coût final a autant de chances de se situer en dessous qu’au-dessus. Il y a ${ten} de chances de dépenser moins que P10 et ${ten} de chances de dépenser plus que P90.`,
    exposureNote:
      'Les lignes « sans réponse » montrent une exposition ouverte, pas une prévision : ce que coûteraient les exigences encore sans réponse si aucune n’était satisfaite.',
    planNote: (oneOff, yearly) => `Écarts inscrits au plan de cette année : P50 ponctuel ${oneOff}, P50 annuel ${yearly}.`,
    matrixHeading: 'Écarts ouverts par priorité et gravité',
    deadlinesHeading: 'Échéances légales applicables',
    deadlineHead: ['Date', 'Échéance légale', 'Quand'],
    nextDeadline: (date, when) => `Prochaine échéance : ${date} (${when})`,
  },
  deadline: {
    today: 'aujourd’hui',
    passed: (d) => `passée il y a ${frCount(d, 'jour', 'jours')}`,
    ahead: (d) => `dans ${frCount(d, 'jour', 'jours')}`,
    line: (date, when, title) => `${date}, ${when} : ${title}`,
  },
  areas: {
    notAnswered: 'sans réponse',
    detail: (answered, applicable, gaps) => `${frN(answered)} sur ${frN(applicable)} avec réponse · ${frCount(gaps, 'écart', 'écarts')}`,
    legend: (green, amber) =>
      `Les barres montrent l’état de préparation, pondéré par la gravité, des exigences ayant reçu une réponse dans chaque domaine : vert à partir de ${green}, orange à partir de ${amber}, rouge en dessous. Le chiffre figure à côté de chaque barre.`,
  },
  gaps: {
    noneAnswered:
      'Aucun écart n’est encore connu, car aucune exigence n’a reçu de réponse. Répondez à la liste de contrôle pour voir quelles exigences ne sont pas satisfaites et ce que coûte leur mise en conformité.',
    noGaps: (u) =>
      `Aucun écart : chaque exigence ayant reçu une réponse est satisfaite ou sans objet.${
        u > 0 ? ` Il reste ${frCount(u, 'exigence', 'exigences')} sans réponse.` : ''
      }`,
    owner: 'Responsable',
    notAssigned: 'non attribué',
    due: 'Date prévue',
    noDueDate: 'aucune date fixée',
    inPlan: 'Au plan de cette année',
    outsourced: 'À externaliser',
    legalDeadline: 'Échéance légale',
    estimatedCost: 'Coût estimé',
    noCost: 'aucun coût interne ou externe enregistré pour cette exigence',
    action: 'Action recommandée',
    note: 'Remarque',
    pendingChange: 'Évolution de la réglementation en cours',
    costMethod: 'Méthode d’estimation du coût',
    cost: (likely, r, range) => `${likely} ${r === 'oneOff' ? 'en une fois' : 'par an'} (fourchette ${range})`,
    costBasis: (kind, r, likely, basis) => `${kind}${r === 'yearly' ? ', par an' : ''} : ${likely} probable = ${basis}`,
  },
  actionPlan: {
    intro: 'Tous les écarts ouverts, par date prévue fixée par l’entreprise ; les écarts sans date viennent en dernier, par priorité décroissante.',
    head: ['Date prévue', 'Écart à combler', 'Responsable', 'Priorité', 'Échéance légale', 'Ponctuel, probable'],
    noDate: 'Sans date',
    notAssigned: 'Non attribué',
    inPlanTag: 'au plan de cette année',
    perYear: (amount) => `+ ${amount} par an`,
  },
  costs: {
    moneyHead: ['Ponctuel P50', 'Ponctuel P10 – P90', 'Annuel P50', 'Annuel P10 – P90'],
    area: 'Domaine',
    gaps: 'Écarts',
    allKnownGaps: 'Tous les écarts connus',
    kind: 'Type de coût',
    gap: 'Écart',
    oneOffLikely: 'Ponctuel, probable',
    yearlyLikely: 'Annuel, probable',
    notes: [
      'La ligne de total n’est pas la somme des lignes qui la précèdent : les P10, P50 et P90 d’un total viennent de la dispersion combinée de toutes les lignes de coût, et les coûts sont rarement tous élevés en même temps.',
      'Les coûts ne comptent que le travail restant à faire : une exigence partiellement satisfaite porte la part restante de son coût, une exigence satisfaite ou sans objet n’en porte aucun.',
    ],
    byArea: 'Par domaine',
    byKind: 'Par type de coût',
    topDrivers: 'Les principaux postes de coût',
    nothing: 'Aucun écart connu, donc aucun coût à ventiler.',
  },
  underRevision: {
    intro:
      'Ces exigences pourraient changer : une proposition ou un acte en préparation les modifierait. Planifiez selon la règle actuelle et vérifiez de nouveau avant toute dépense importante.',
  },
  assumptions: {
    estimates: {
      title: 'Des estimations, pas des devis',
      text: 'Chaque coût de ce rapport est une estimation de planification fondée sur des hypothèses : l’effort interne en jours-personne et les prix externes habituels enregistrés pour chaque exigence dans le référentiel, ainsi que les paramètres ci-dessous. Les prix des organismes notifiés, des laboratoires d’essai et des consultants varient selon le dispositif, le prestataire et le pays ; demandez des devis avant d’engager un budget.',
    },
    adding: {
      title: 'Comment les coûts sont additionnés',
      text: 'Chaque écart a un chiffre bas, probable et haut. Les totaux sont donnés en P10, P50 et P90 de la somme de distributions PERT indépendantes, une par ligne de coût ; un total n’est donc pas la somme des valeurs hautes. Les coûts ponctuels et annuels sont séparés ; les coûts annuels se répètent tant que les dispositifs sont sur le marché. Les coûts qui dépendent du nombre de familles de dispositifs ou de documentations techniques utilisent les nombres du profil ci-dessous.',
    },
    scoring: {
      title: 'Comment l’état de préparation est calculé',
      text: (partial) =>
        `L’état de préparation est la part, pondérée par la gravité, des exigences applicables ayant reçu une réponse qui sont satisfaites : une exigence critique pèse 3, une majeure 2 et une mineure 1, et une exigence partiellement satisfaite obtient ${partial} de son poids. Les exigences sans réponse sont exclues du score et apparaissent à la place dans la progression ; le score est donc moins fiable tant que beaucoup restent ouvertes.`,
    },
    ranking: {
      title: 'Comment les écarts sont classés',
      text: 'La priorité d’un écart combine sa gravité, la part du travail restant à faire et l’existence d’une échéance légale dans les 365 prochains jours.',
    },
    scope: {
      title: 'Périmètre',
      text: (excluded, archived) => {
        const one = frOne(excluded);
        const head = `${frCount(excluded, 'exigence', 'exigences')} du référentiel ${one ? 'ne s’applique pas' : 'ne s’appliquent pas'} à ce profil (ses rôles, classes de dispositifs et caractéristiques des dispositifs) et ${one ? 'n’est pas listée' : 'ne sont pas listées'}. Les réponses sont l’évaluation propre de l’entreprise ; elles n’ont pas été auditées.`;
        if (archived === 0) return head;
        return `${head} ${
          archived === 1
            ? '1 réponse porte sur une exigence qui ne figure plus dans ce référentiel ; elle est conservée dans l’évaluation mais ne fait pas partie de ce rapport.'
            : `${frN(archived)} réponses portent sur des exigences qui ne figurent plus dans ce référentiel ; elles sont conservées dans l’évaluation mais ne font pas partie de ce rapport.`
        }`;
      },
    },
    advice: {
      title: 'Pas un avis juridique',
      text: 'Ce rapport aide à planifier le travail et le budget. Il ne constitue pas un avis juridique et ne remplace pas le jugement d’un organisme notifié, d’une autorité compétente ou d’un professionnel qualifié des affaires réglementaires. Les références renvoient au règlement (UE) 2017/745 (MDR), aux actes connexes, aux lignes directrices et aux normes à la date du référentiel ; vérifiez les textes en vigueur avant d’agir.',
    },
    ruleSetHeading: 'Référentiel',
    ruleSet: 'Référentiel',
    idAndVersion: 'Identifiant et version',
    contentCurrentTo: 'Contenu à jour au',
    reviewedOn: 'Vérifié par rapport aux textes le',
    evaluatedAsOf: 'Évalué au',
    settingsHeading: 'Paramètres utilisés',
    currency: 'Devise',
    converted: (cur, rate) => `${cur}, converti au taux de ${rate} ${cur} pour 1 EUR`,
    internalDayRate: 'Taux journalier interne',
    perPersonDay: (amount) => `${amount} par jour-personne`,
    externalDayRate: 'Taux journalier d’un consultant externe',
    perDay: (amount) => `${amount} par jour`,
    partialCredit: 'Crédit pour une exigence partiellement satisfaite',
    partialCreditValue: (credit, remaining) => `${credit} de son poids ; ${remaining} de son coût reste à engager`,
    profileHeading: 'Données du profil qui déterminent les coûts',
    deviceClasses: 'Classes de dispositifs',
    profileInWords: 'Le profil en clair',
    deviceFamilies: 'Familles de dispositifs',
    technicalFiles: 'Documentations techniques',
    markets: 'Marchés',
  },
  appendix: {
    intro: (adviser) =>
      `Toutes les exigences applicables à ce profil, avec la réponse, la remarque et les preuves enregistrées${adviser ? ', ainsi que les notes du conseiller' : ''}.`,
    head: ['Exigence', 'Réponse', 'Remarque et preuves'],
    whyNotApplicable: 'Pourquoi sans objet',
    note: 'Remarque',
    evidence: 'Preuves',
    adviserNote: 'Note du conseiller',
    owner: 'Responsable',
    due: 'Date prévue',
  },
  csv: {
    head: (cur) => [
      'Priorité',
      'Domaine',
      'Identifiant',
      'Exigence',
      'Statut',
      'Gravité',
      'Références',
      'Responsable',
      'Date prévue',
      'Au plan',
      'Réalisation',
      `Ponctuel bas (${cur})`,
      `Ponctuel probable (${cur})`,
      `Ponctuel haut (${cur})`,
      `Annuel probable (${cur})`,
      'Remarque',
    ],
    yes: 'oui',
    no: 'non',
    inHouse: 'en interne',
    outsourced: 'externalisé',
  },
};

// ── German ──

const deN = counter('de-DE');
const deCount = (n: number, one: string, many: string) => `${deN(n)} ${n === 1 ? one : many}`;

const de: ReportWords = {
  locale: 'de-DE',
  status: { met: 'Erfüllt', partial: 'Teilweise erfüllt', not_met: 'Nicht erfüllt', not_applicable: 'Nicht zutreffend', unanswered: 'Noch nicht beantwortet' },
  severity: { critical: 'Kritisch', major: 'Wesentlich', minor: 'Geringfügig' },
  priority: { high: 'Hoch', medium: 'Mittel', low: 'Niedrig' },
  priorityTitle: { high: 'Hohe Priorität', medium: 'Mittlere Priorität', low: 'Niedrige Priorität' },
  priorityIntro: {
    high: 'Hier beginnen: kritische Lücken, bei denen noch der Großteil der Arbeit aussteht, und wesentliche Lücken mit einer gesetzlichen Frist innerhalb eines Jahres.',
    medium: 'Als Nächstes einplanen: wesentliche Lücken und kritische Lücken, die bereits teilweise geschlossen sind.',
    low: 'Einplanen, sobald die obigen angelaufen sind: geringfügige Lücken und teilweise geschlossene wesentliche Lücken.',
  },
  costKind: {
    internal: 'Interner Aufwand',
    notifiedBody: 'Benannte Stelle',
    testing: 'Prüfungen',
    clinical: 'Klinische Nachweise',
    consulting: 'Beratung',
    translation: 'Übersetzung',
    other: 'Sonstige externe Kosten',
  },
  labelled: (label, value) => `${label}: ${value}`,
  report: {
    title: 'MDR-Lückenanalyse',
    headerRight: (date) => `MDR-Lückenanalyse · ${date}`,
    footerNote: 'Planungsschätzungen, keine Rechtsberatung',
    page: (page, pages) => `Seite ${deN(page)} von ${deN(pages)}`,
    contents: 'Inhalt',
    unnamedCompany: 'Unternehmen ohne Namen',
  },
  cover: {
    company: 'Unternehmen',
    device: 'Produkt',
    deviceClass: (n) => (n > 1 ? 'Produktklassen' : 'Produktklasse'),
    assessedBy: 'Bewertet von',
    reportDate: 'Berichtsdatum',
    answersAsOf: 'Antworten vom',
    ruleSet: 'Regelwerk',
    notNamed: 'Ohne Namen',
    notGiven: 'Nicht angegeben',
    className: (c) => `Klasse ${c}`,
    ruleSetValue: (id, version, date, reviewed) => `${id} Version ${version}, Inhalt mit Stand vom ${date}${reviewed ? `, am ${reviewed} mit den Rechtstexten abgeglichen` : ''}`,
    notice:
      'Selbstbewertung der Bereitschaft für die Verordnung (EU) 2017/745 mit Planungsschätzungen der Kosten, um die Lücken zu schließen. Schätzungen, keine Angebote; keine Rechtsberatung.',
  },
  sections: {
    summary: 'Zusammenfassung',
    areas: 'Umsetzungsstand nach Bereich',
    gaps: (n) => `Lücken nach Priorität (${deN(n)})`,
    actionPlan: 'Maßnahmenplan',
    costs: 'Kostenaufschlüsselung',
    underRevision: 'Anstehende Rechtsänderungen',
    assumptions: 'Annahmen und Haftungsausschluss',
    appendix: 'Anhang: alle anwendbaren Anforderungen',
  },
  summary: {
    noneApply: 'Keine Anforderung des Regelwerks gilt für dieses Profil; prüfen Sie die Rollen und Produktklassen im Profil.',
    noneAnswered: (n) =>
      n === 1
        ? 'Die eine anwendbare Anforderung ist noch nicht beantwortet; Umsetzungsstand und Kosten der Lücken sind daher nicht bekannt. Die Zahlen unten zeigen, was der offene Punkt kosten könnte.'
        : `Keine der ${deN(n)} anwendbaren Anforderungen ist bisher beantwortet; Umsetzungsstand und Kosten der Lücken sind daher nicht bekannt. Die Zahlen unten zeigen, was die offenen Punkte kosten könnten.`,
    answered: (applicable, answered, c, readiness) => {
      const parts = [
        `${deN(c.met)} erfüllt`,
        ...(c.partial > 0 ? [`${deN(c.partial)} teilweise erfüllt`] : []),
        ...(c.not_met > 0 ? [`${deN(c.not_met)} nicht erfüllt`] : []),
        ...(c.not_applicable > 0 ? [`${deN(c.not_applicable)} nicht zutreffend`] : []),
      ];
      const of = applicable === 1 ? 'Von der einen anwendbaren Anforderung' : `Von den ${deN(applicable)} anwendbaren Anforderungen`;
      return `${of} ${answered === 1 ? 'ist' : 'sind'} ${deN(answered)} beantwortet: ${parts.join(', ')}. Der Umsetzungsstand insgesamt beträgt ${readiness}.`;
    },
    gapsOpen: (gaps, high, medium, low) =>
      `${deCount(gaps, 'offene Lücke', 'offene Lücken')}: ${deN(high)} mit hoher, ${deN(medium)} mit mittlerer und ${deN(low)} mit niedriger Priorität.`,
    noGapsOpen: 'Unter den beantworteten Anforderungen sind keine Lücken offen.',
    knownCost: (oneOff, p10, p90, yearly) =>
      `Die bekannten Lücken zu schließen, kostet voraussichtlich etwa ${oneOff} einmalig (P10 – P90: ${p10} – ${p90})${yearly ? ` und ${yearly} pro Jahr` : ''}.`,
    unanswered: (n, oneOff, yearly) => {
      const head = n === 1 ? '1 Anforderung ist noch nicht beantwortet' : `${deN(n)} Anforderungen sind noch nicht beantwortet`;
      if (!oneOff) return `${head}.`;
      const cost = `etwa ${oneOff} einmalig${yearly ? ` und ${yearly} pro Jahr` : ''} hinzu`;
      return n === 1 ? `${head}; sollte sie sich als Lücke erweisen, kämen ${cost}.` : `${head}; sollten sich alle als Lücken erweisen, kämen ${cost}.`;
    },
    readinessCaption: 'Umsetzungsstand gesamt (nach Schweregrad gewichtet, beantwortete Anforderungen)',
    readinessCaptionNone: 'Umsetzungsstand gesamt: noch nichts beantwortet',
    progress: (answered, applicable, share) => `${deN(answered)} von ${deN(applicable)} anwendbaren Anforderungen beantwortet (${share})`,
    figureReadiness: 'Umsetzungsstand gesamt',
    figureAnswered: 'Beantwortete Anforderungen',
    figureOpenGaps: 'Offene Lücken',
    figureHighGaps: 'Lücken mit hoher Priorität',
    matrixHead: 'Offene Lücken',
    all: 'Gesamt',
    costHeading: 'Kosten zum Schließen der Lücken',
    likelyHead: 'P50 (wahrscheinlich)',
    knownGaps: { oneOff: 'Bekannte Lücken, einmalig', yearly: 'Bekannte Lücken, pro Jahr' },
    ifUnanswered: (n, r) =>
      `${n === 1 ? 'Falls die unbeantwortete Anforderung eine Lücke ist' : `Falls die ${deN(n)} unbeantworteten Anforderungen Lücken sind`}, ${r === 'oneOff' ? 'einmalig' : 'pro Jahr'}`,
    p50Note: (ten) =>
      `P50 ist der wahrscheinliche Wert: Die Kosten liegen mit gleicher Wahrscheinlichkeit darunter wie darüber. Mit ${ten} Wahrscheinlichkeit wird weniger als P10 ausgegeben, mit ${ten} Wahrscheinlichkeit mehr als P90.`,
    exposureNote:
      'Die Zeilen zu unbeantworteten Anforderungen zeigen ein offenes Risiko, keine Prognose: was die noch nicht beantworteten Anforderungen kosten würden, wenn keine davon erfüllt wäre.',
    planNote: (oneOff, yearly) => `Für den Plan dieses Jahres vorgemerkte Lücken: einmalig P50 ${oneOff}, pro Jahr P50 ${yearly}.`,
    matrixHeading: 'Offene Lücken nach Priorität und Schweregrad',
    deadlinesHeading: 'Geltende gesetzliche Fristen',
    deadlineHead: ['Datum', 'Gesetzliche Frist', 'Wann'],
    nextDeadline: (date, when) => `Nächste Frist: ${date} (${when})`,
  },
  deadline: {
    today: 'heute',
    passed: (d) => `vor ${deCount(d, 'Tag', 'Tagen')} abgelaufen`,
    ahead: (d) => `in ${deCount(d, 'Tag', 'Tagen')}`,
    line: (date, when, title) => `${date}, ${when}: ${title}`,
  },
  areas: {
    notAnswered: 'nicht beantwortet',
    detail: (answered, applicable, gaps) => `${deN(answered)} von ${deN(applicable)} beantwortet · ${deCount(gaps, 'Lücke', 'Lücken')}`,
    legend: (green, amber) =>
      `Die Balken zeigen den nach Schweregrad gewichteten Umsetzungsstand der beantworteten Anforderungen je Bereich: grün ab ${green}, gelb ab ${amber}, darunter rot. Der Wert steht neben jedem Balken.`,
  },
  gaps: {
    noneAnswered:
      'Noch sind keine Lücken bekannt, da keine Anforderung beantwortet wurde. Beantworten Sie die Checkliste, um zu sehen, welche Anforderungen nicht erfüllt sind und was es kostet, sie zu erfüllen.',
    noGaps: (u) =>
      `Keine Lücken: Jede beantwortete Anforderung ist erfüllt oder nicht zutreffend.${
        u > 0 ? ` ${u === 1 ? '1 Anforderung ist' : `${deN(u)} Anforderungen sind`} noch zu beantworten.` : ''
      }`,
    owner: 'Zuständig',
    notAssigned: 'nicht zugewiesen',
    due: 'Fällig',
    noDueDate: 'kein Datum festgelegt',
    inPlan: 'Im Plan für dieses Jahr',
    outsourced: 'Wird ausgelagert',
    legalDeadline: 'Gesetzliche Frist',
    estimatedCost: 'Geschätzte Kosten',
    noCost: 'für diese Anforderung sind weder interne noch externe Kosten hinterlegt',
    action: 'Empfohlene Maßnahme',
    note: 'Anmerkung',
    pendingChange: 'Anstehende Rechtsänderung',
    costMethod: 'So wurden die Kosten geschätzt',
    cost: (likely, r, range) => `${likely} ${r === 'oneOff' ? 'einmalig' : 'pro Jahr'} (Spanne ${range})`,
    costBasis: (kind, r, likely, basis) => `${kind}${r === 'yearly' ? ', pro Jahr' : ''}: ${likely} wahrscheinlich = ${basis}`,
  },
  actionPlan: {
    intro: 'Alle offenen Lücken nach dem vom Unternehmen festgelegten Fälligkeitsdatum; Lücken ohne Datum stehen am Ende, die höchste Priorität zuerst.',
    head: ['Fällig', 'Zu schließende Lücke', 'Zuständig', 'Priorität', 'Gesetzliche Frist', 'Einmalig, wahrscheinlich'],
    noDate: 'Ohne Datum',
    notAssigned: 'Nicht zugewiesen',
    inPlanTag: 'im Plan für dieses Jahr',
    perYear: (amount) => `+ ${amount} pro Jahr`,
  },
  costs: {
    moneyHead: ['Einmalig P50', 'Einmalig P10 – P90', 'Jährlich P50', 'Jährlich P10 – P90'],
    area: 'Bereich',
    gaps: 'Lücken',
    allKnownGaps: 'Alle bekannten Lücken',
    kind: 'Kostenart',
    gap: 'Lücke',
    oneOffLikely: 'Einmalig, wahrscheinlich',
    yearlyLikely: 'Jährlich, wahrscheinlich',
    notes: [
      'Die Summenzeile ist nicht die Summe der Zeilen darüber: P10, P50 und P90 einer Summe ergeben sich aus der gemeinsamen Streuung aller Kostenpositionen, und selten fallen alle Kosten zugleich hoch aus.',
      'Die Kosten erfassen nur die noch ausstehende Arbeit: Eine teilweise erfüllte Anforderung trägt den verbleibenden Anteil ihrer Kosten, erfüllte oder nicht zutreffende Anforderungen tragen keine.',
    ],
    byArea: 'Nach Bereich',
    byKind: 'Nach Kostenart',
    topDrivers: 'Die größten Kostentreiber',
    nothing: 'Keine bekannten Lücken, daher keine Kosten aufzuschlüsseln.',
  },
  underRevision: {
    intro:
      'Diese Anforderungen können sich ändern: Ein Vorschlag oder ein anstehender Rechtsakt würde sie ändern. Planen Sie nach der geltenden Regel und prüfen Sie vor größeren Ausgaben erneut.',
  },
  assumptions: {
    estimates: {
      title: 'Schätzungen, keine Angebote',
      text: 'Jeder Betrag in diesem Bericht ist eine Planungsschätzung auf Grundlage von Planungsannahmen: der interne Aufwand in Personentagen und die typischen externen Preise, die im Regelwerk für jede Anforderung hinterlegt sind, sowie die unten aufgeführten Einstellungen. Preise von Benannten Stellen, Prüflaboren und Beratern hängen vom Produkt, vom Anbieter und vom Land ab; holen Sie Angebote ein, bevor Sie ein Budget festlegen.',
    },
    adding: {
      title: 'Wie die Kosten summiert werden',
      text: 'Jede Lücke hat einen niedrigen, einen wahrscheinlichen und einen hohen Wert. Summen werden als P10, P50 und P90 der Summe unabhängiger PERT-Verteilungen angegeben, eine je Kostenposition; eine Summe ist daher nicht die Summe der Höchstwerte. Einmalige und jährliche Kosten werden getrennt geführt; jährliche Kosten fallen an, solange die Produkte auf dem Markt sind. Kosten, die mit der Zahl der Produktfamilien oder technischen Dokumentationen wachsen, verwenden die Zahlen aus dem Profil unten.',
    },
    scoring: {
      title: 'Wie der Umsetzungsstand berechnet wird',
      text: (partial) =>
        `Der Umsetzungsstand ist der nach Schweregrad gewichtete Anteil der beantworteten anwendbaren Anforderungen, die erfüllt sind: Kritische Anforderungen zählen 3, wesentliche 2 und geringfügige 1; eine teilweise erfüllte Anforderung erhält ${partial} ihres Gewichts. Unbeantwortete Anforderungen fließen nicht in den Wert ein, sondern erscheinen als Fortschritt; solange viele offen sind, ist der Wert daher weniger verlässlich.`,
    },
    ranking: {
      title: 'Wie Lücken priorisiert werden',
      text: 'Die Priorität einer Lücke ergibt sich aus ihrem Schweregrad, dem Anteil der noch ausstehenden Arbeit und daraus, ob eine gesetzliche Frist in den nächsten 365 Tagen liegt.',
    },
    scope: {
      title: 'Geltungsbereich',
      text: (excluded, archived) => {
        const one = excluded === 1;
        const head = `${deCount(excluded, 'Anforderung', 'Anforderungen')} des Regelwerks ${one ? 'gilt' : 'gelten'} nicht für dieses Profil (seine Rollen, Produktklassen und Produktmerkmale) und ${one ? 'ist' : 'sind'} nicht aufgeführt. Die Antworten sind die eigene Bewertung des Unternehmens; sie wurden nicht auditiert.`;
        if (archived === 0) return head;
        return `${head} ${
          archived === 1
            ? '1 Antwort bezieht sich auf eine Anforderung, die nicht mehr in diesem Regelwerk steht; sie bleibt in der Bewertung gespeichert, ist aber nicht Teil dieses Berichts.'
            : `${deN(archived)} Antworten beziehen sich auf Anforderungen, die nicht mehr in diesem Regelwerk stehen; sie bleiben in der Bewertung gespeichert, sind aber nicht Teil dieses Berichts.`
        }`;
      },
    },
    advice: {
      title: 'Keine Rechtsberatung',
      text: 'Dieser Bericht hilft, Arbeit und Budget zu planen. Er ist keine Rechtsberatung und ersetzt nicht das Urteil einer Benannten Stelle, einer zuständigen Behörde oder einer qualifizierten Fachkraft für Regulatory Affairs. Die Verweise beziehen sich auf die Verordnung (EU) 2017/745 (MDR), zugehörige Rechtsakte, Leitlinien und Normen mit dem Stand des Regelwerks; prüfen Sie die geltenden Texte, bevor Sie handeln.',
    },
    ruleSetHeading: 'Regelwerk',
    ruleSet: 'Regelwerk',
    idAndVersion: 'Kennung und Version',
    contentCurrentTo: 'Inhalt mit Stand vom',
    reviewedOn: 'Mit den Rechtstexten abgeglichen am',
    evaluatedAsOf: 'Bewertet zum',
    settingsHeading: 'Verwendete Einstellungen',
    currency: 'Währung',
    converted: (cur, rate) => `${cur}, umgerechnet zu ${rate} ${cur} je EUR`,
    internalDayRate: 'Interner Tagessatz',
    perPersonDay: (amount) => `${amount} pro Personentag`,
    externalDayRate: 'Tagessatz externer Berater',
    perDay: (amount) => `${amount} pro Tag`,
    partialCredit: 'Anrechnung einer teilweise erfüllten Anforderung',
    partialCreditValue: (credit, remaining) => `${credit} ihres Gewichts; ${remaining} ihrer Kosten verbleiben`,
    profileHeading: 'Profilangaben, nach denen sich die Kosten richten',
    deviceClasses: 'Produktklassen',
    profileInWords: 'Das Profil in Worten',
    deviceFamilies: 'Produktfamilien',
    technicalFiles: 'Technische Dokumentationen',
    markets: 'Märkte',
  },
  appendix: {
    intro: (adviser) =>
      `Alle für dieses Profil anwendbaren Anforderungen mit der erfassten Antwort, Anmerkung und den Nachweisen${adviser ? ' sowie den Anmerkungen der Beratung' : ''}.`,
    head: ['Anforderung', 'Antwort', 'Anmerkung und Nachweise'],
    whyNotApplicable: 'Warum nicht zutreffend',
    note: 'Anmerkung',
    evidence: 'Nachweise',
    adviserNote: 'Anmerkung der Beratung',
    owner: 'Zuständig',
    due: 'Fällig',
  },
  csv: {
    head: (cur) => [
      'Priorität',
      'Bereich',
      'Kennung',
      'Anforderung',
      'Status',
      'Schweregrad',
      'Verweise',
      'Zuständig',
      'Fälligkeitsdatum',
      'Im Plan',
      'Umsetzung',
      `Einmalig niedrig (${cur})`,
      `Einmalig wahrscheinlich (${cur})`,
      `Einmalig hoch (${cur})`,
      `Jährlich wahrscheinlich (${cur})`,
      'Anmerkung',
    ],
    yes: 'ja',
    no: 'nein',
    inHouse: 'intern',
    outsourced: 'ausgelagert',
  },
};

export const reportWords = { en, fr, de } satisfies Record<Language, ReportWords>;

export function reportWordsFor(language: Language): ReportWords {
  return reportWords[language] ?? reportWords.en;
}
