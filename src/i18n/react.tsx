// React bindings of the translation store (./i18n.ts): useTranslation and <Trans>.
import { cloneElement, useEffect, useSyncExternalStore, type ReactElement, type ReactNode } from 'react';
import type { Language } from '../domain/text';
import { getFixedT, interpolate, loadNamespaces, subscribe } from './i18n';
import type { Key, Namespace, TFunction, TValues } from './keys';

export interface Translation<N extends Namespace> {
  t: TFunction<N>;
  language: Language;
}

/**
 * Translate one namespace ('common' unless given) in the interface language. The component re-renders
 * when the language changes or the namespace's catalog arrives, which this hook asks for if no one has.
 */
export function useTranslation(): Translation<'common'>;
export function useTranslation<N extends Namespace>(ns: N): Translation<N>;
export function useTranslation(ns: Namespace = 'common'): Translation<Namespace> {
  // getFixedT returns the same function until the text can change, as useSyncExternalStore requires.
  const read = () => getFixedT(ns);
  const t = useSyncExternalStore(subscribe, read, read);
  useEffect(() => {
    void loadNamespaces([ns]);
  }, [ns, t.language]);
  return { t, language: t.language };
}

export interface TransProps<N extends Namespace> {
  t: TFunction<N>;
  i18nKey: NoInfer<Key<N>>;
  values?: TValues;
  count?: number;
  /** The elements a text's tags stand for: "<b>5</b> ready" renders components.b with "5" inside. */
  components: Readonly<Record<string, ReactElement>>;
}

/** A pair of tags and what is between them; catalogs do not nest tags (tests/unit/i18n-catalogs.test.ts). */
const tagPair = /<(\w+)>(.*?)<\/\1>/gs;

/**
 * A translated text with markup: each <name>…</name> of the catalog text becomes a copy of
 * components[name] with the tag's text as its children (a tag without a component shows its text only).
 * Tags are found before placeholders are filled, so values (a user's assessment name) stay plain text.
 */
export function Trans<N extends Namespace>({ t, i18nKey, values, count, components }: TransProps<N>): ReactNode {
  const text = t.template(i18nKey, count);
  const all = count === undefined ? values : { ...values, count };
  const fill = (part: string) => interpolate(part, all, t.language);
  const nodes: ReactNode[] = [];
  let end = 0;
  for (const match of text.matchAll(tagPair)) {
    const [whole, name = '', inner = ''] = match;
    if (match.index > end) nodes.push(fill(text.slice(end, match.index)));
    const element = components[name];
    nodes.push(element ? cloneElement(element, { key: nodes.length }, fill(inner)) : fill(inner));
    end = match.index + whole.length;
  }
  if (end < text.length) nodes.push(fill(text.slice(end)));
  return nodes;
}
