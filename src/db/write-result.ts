// Writes report their outcome as a value, with a message a user can act on, in the interface language.
import type { Language } from '../domain/text';

export type WriteResult = { ok: true } | { ok: false; error: string };

/** The names of an error and of the errors it wraps (Dexie puts the cause in `inner`, others in `cause`). */
function errorNames(e: unknown): string[] {
  const names: string[] = [];
  let current: unknown = e;
  // Bounded: a hostile or cyclic chain cannot loop forever.
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth += 1) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

type WriteProblem = 'full' | 'upgraded' | 'closed' | 'unavailable';

interface WriteMessages {
  problems: Record<WriteProblem, string>;
  /** Anything else: the browser's own error name (or message), which stays untranslated. */
  refused: (detail: string) => string;
  unknown: string;
}

// The messages read as the end of a sentence ("Not saved: …", "Nothing was imported: …"), hence the lower-case start.
const messages = {
  en: {
    problems: {
      full: 'the browser storage for this site is full. Free some space (or export a backup and delete old assessments), then try again.',
      upgraded: 'MDR Readiness was updated in another tab, which upgraded its saved data. Copy any text you just typed, then reload this page.',
      closed: 'the local database was closed, for example by another tab upgrading it. Reload the page.',
      unavailable: 'this browser does not allow local storage for this site (private mode?).',
    },
    refused: (detail) => `the browser refused to save (${detail}).`,
    unknown: 'unknown error',
  },
  fr: {
    problems: {
      full: 'l’espace de stockage du navigateur pour ce site est plein. Libérez de la place (ou exportez une sauvegarde et supprimez d’anciennes évaluations), puis réessayez.',
      upgraded:
        'MDR Readiness a été mis à jour dans un autre onglet, qui a converti les données enregistrées. Copiez le texte que vous venez de saisir, puis rechargez cette page.',
      closed: 'la base de données locale a été fermée, par exemple par un autre onglet qui la mettait à jour. Rechargez la page.',
      unavailable: 'ce navigateur n’autorise pas le stockage local pour ce site (navigation privée ?).',
    },
    refused: (detail) => `le navigateur a refusé l’enregistrement (${detail}).`,
    unknown: 'erreur inconnue',
  },
  de: {
    problems: {
      full: 'der Browser-Speicher für diese Website ist voll. Schaffen Sie Platz (oder exportieren Sie eine Sicherung und löschen Sie alte Bewertungen) und versuchen Sie es dann erneut.',
      upgraded:
        'MDR Readiness wurde in einem anderen Tab aktualisiert, der die gespeicherten Daten umgestellt hat. Kopieren Sie gerade eingegebenen Text und laden Sie diese Seite dann neu.',
      closed: 'die lokale Datenbank wurde geschlossen, zum Beispiel weil ein anderer Tab sie aktualisiert hat. Laden Sie die Seite neu.',
      unavailable: 'dieser Browser erlaubt keinen lokalen Speicher für diese Website (privater Modus?).',
    },
    refused: (detail) => `der Browser hat das Speichern abgelehnt (${detail}).`,
    unknown: 'unbekannter Fehler',
  },
} satisfies Record<Language, WriteMessages>;

let messageLanguage: Language = 'en';

/**
 * The language of write-error messages made without an explicit one (every `attempt()`): the app sets
 * its interface language here; Node (CLI, tests) keeps English.
 */
export function setWriteMessageLanguage(language: Language): void {
  messageLanguage = language;
}

function problemOf(names: readonly string[]): WriteProblem | null {
  const name = names[0] ?? '';
  if (names.includes('QuotaExceededError')) return 'full';
  if (names.includes('VersionError') || name === 'UpgradeError') return 'upgraded';
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') return 'closed';
  if (name === 'OpenFailedError' || name === 'MissingAPIError') return 'unavailable';
  return null;
}

/** A user-facing reason for a failed IndexedDB write, in `language` (by default the one set for the app, else English). */
export function describeWriteError(e: unknown, language: Language = messageLanguage): string {
  const names = errorNames(e);
  const words = messages[language];
  const problem = problemOf(names);
  if (problem) return words.problems[problem];
  return words.refused(names[0] || (e as Error)?.message || words.unknown);
}

export async function attempt(write: () => Promise<unknown>): Promise<WriteResult> {
  try {
    await write();
    return { ok: true };
  } catch (e) {
    return { ok: false, error: describeWriteError(e) };
  }
}
