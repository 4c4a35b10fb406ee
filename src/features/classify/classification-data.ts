// The bundled Annex VIII classification data, checked once on first use (the screen shows the problem otherwise).
import classificationJson from '../../../rules/classification-annex-viii.json';
import { checkClassification, type ClassificationData } from '../../domain/classification';

export const classificationFile = 'rules/classification-annex-viii.json';

/** When the file is invalid: its first problems, as "path: message" (technical detail, shown as is). */
export type LoadedClassification = { ok: true; data: ClassificationData } | { ok: false; problems: string };

let cached: LoadedClassification | undefined;

export function bundledClassification(): LoadedClassification {
  if (cached) return cached;
  const { data, problems } = checkClassification(classificationJson);
  cached = data
    ? { ok: true, data }
    : {
        ok: false,
        problems: problems
          .slice(0, 3)
          .map((p) => `${p.path}: ${p.message}`)
          .join('; '),
      };
  return cached;
}
