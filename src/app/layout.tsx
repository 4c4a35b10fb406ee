// The frame around every screen: header with navigation, and the page outlet.
import { useEffect } from 'react';
import { useTranslation } from '../i18n/react';
import { NavLink, Outlet } from 'react-router';
import { AppNotices } from '../components/app-notices';
import { LanguageSwitch } from '../components/language-switch';
import { SaveIndicator } from '../components/save-indicator';
import { setWriteMessageLanguage } from '../db/write-result';
import { useUiLanguage } from '../hooks/use-ui-language';
import { UpdatePrompt } from './update-prompt';
import { paths } from './paths';
import './layout.css';

export function Layout() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  // Failed writes anywhere in the app explain themselves in the interface language (save indicator, Retry).
  useEffect(() => setWriteMessageLanguage(language), [language]);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <NavLink to={paths.home} className="brand" end>
            <svg aria-hidden="true" viewBox="0 0 64 64" width="28" height="28">
              <rect width="64" height="64" rx="14" fill="currentColor" />
              <path d="M18 33l9 9 19-20" fill="none" stroke="#fff" strokeWidth="7" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <span>{t('appName')}</span>
          </NavLink>
          <nav aria-label={t('nav.main')} className="main-nav">
            <NavLink to={paths.home} end>
              {t('nav.assessments')}
            </NavLink>
            <NavLink to={paths.classify()}>{t('nav.classify')}</NavLink>
            <NavLink to={paths.rules}>{t('nav.rules')}</NavLink>
            <NavLink to={paths.settings}>{t('nav.settings')}</NavLink>
          </nav>
          <SaveIndicator />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <AppNotices />
        <Outlet />
      </main>
      <UpdatePrompt />
    </div>
  );
}
