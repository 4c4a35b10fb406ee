// Inside the sample assessment: says plainly that it is fictional, and how to start one's own.
import { useTranslation } from '../i18n/react';
import { Link } from 'react-router';
import { paths } from '../app/paths';
import './app-notices.css';

export function SampleNotice() {
  const { t } = useTranslation('firstrun');
  return (
    <section className="sample-notice" aria-labelledby="sample-notice-title">
      <div className="sample-notice-text">
        <h2 id="sample-notice-title">{t('sample.bannerTitle')}</h2>
        <p>{t('sample.bannerBody')}</p>
      </div>
      <Link className="btn btn-small" to={paths.home}>
        {t('sample.startOwn')}
      </Link>
    </section>
  );
}
