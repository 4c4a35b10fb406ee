// The interface language picker in the header; the choice is remembered on this device.
import { useTranslation } from '../i18n/react';
import { languages } from '../domain/text';
import { isLanguage, languageNames } from '../i18n/languages';
import { setLanguage } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t, language } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void setLanguage(e.target.value);
        }}
      >
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageNames[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
