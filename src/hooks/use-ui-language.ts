// The interface language as a Language code, for formatting dates and money in the words around them.
import type { Language } from '../domain/text';
import { useTranslation } from '../i18n/react';

export function useUiLanguage(): Language {
  return useTranslation().language;
}
