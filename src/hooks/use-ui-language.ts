// The interface language as a Language code, for formatting dates and money in the words around them.
import { useTranslation } from 'react-i18next';
import type { Language } from '../domain/text';
import { isLanguage } from '../i18n/languages';

export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(current) ? current : 'en';
}
