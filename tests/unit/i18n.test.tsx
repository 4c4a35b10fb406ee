// @vitest-environment jsdom
// The translation store (src/i18n/i18n.ts) and its React bindings (src/i18n/react.tsx): plural forms,
// English fallback, placeholders, <Trans> markup, and components following language changes and catalogs
// that arrive later.
import { act, cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage, currentLanguage, getCatalog, type Catalog, getFixedT, loadLanguage, setLanguage } from '../../src/i18n/i18n';
import { Trans, useTranslation } from '../../src/i18n/react';
import { languageStorageKey } from '../../src/i18n/languages';

// French and German catalogs of every namespace (tests/setup.ts loaded the English ones).
beforeAll(() => Promise.all([loadLanguage('fr'), loadLanguage('de')]));
afterEach(cleanup);
afterAll(() => changeLanguage('en'));

// Intl's French thousands separator: a narrow no-break space.
const nnbsp = '\u202f';

describe('plural forms', () => {
  it('picks one and other in English, and key_zero for 0 when the catalog has it', () => {
    const t = getFixedT('progress', 'en');
    expect(t('compare.stillOpen', { count: 0 })).toBe('No gap is open now');
    expect(t('compare.stillOpen', { count: 1 })).toBe('1 gap is open now');
    expect(t('compare.stillOpen', { count: 2 })).toBe('2 gaps are open now');
    // No count_zero: 0 takes the plural form of the language.
    expect(getFixedT('assessments', 'en')('page.count', { count: 0 })).toBe('0 assessments saved in this browser');
  });

  it('uses French rules: 0 and 1 are singular, a million takes the "many" form', () => {
    const t = getFixedT('assessments', 'fr');
    expect(t('page.count', { count: 0 })).toBe('0 évaluation enregistrée dans ce navigateur');
    expect(t('page.count', { count: 1 })).toBe('1 évaluation enregistrée dans ce navigateur');
    expect(t('page.count', { count: 2 })).toBe('2 évaluations enregistrées dans ce navigateur');
    expect(t('page.count', { count: 1_000_000 })).toBe(`1${nnbsp}000${nnbsp}000 d’évaluations enregistrées dans ce navigateur`);
    expect(getFixedT('rules', 'fr')('items', { count: 2_000_000 })).toBe('2000000 d’exigences');
    expect(getFixedT('progress', 'fr')('compare.stillOpen', { count: 0 })).toBe('Aucun écart ouvert actuellement');
  });

  it('uses German rules', () => {
    const t = getFixedT('progress', 'de');
    expect(t('compare.stillOpen', { count: 0 })).toBe('Derzeit ist keine Lücke offen');
    expect(t('compare.stillOpen', { count: 1 })).toBe('Derzeit ist 1 Lücke offen');
    expect(getFixedT('assessments', 'de')('page.count', { count: 1_000_000 })).toBe('1.000.000 Bewertungen in diesem Browser gespeichert');
  });

  it('also takes a plural key as written', () => {
    expect(getFixedT('rules', 'en')('items_one', { count: 5 })).toBe('5 item');
  });
});

describe('keys and placeholders', () => {
  it('falls back to English where the language has no text, and shows the key where no catalog has one', () => {
    // Take one text out of the loaded French catalog for this test.
    const french = getCatalog('fr', 'common')?.language as Catalog;
    const label = french.label;
    delete french.label;
    try {
      expect(getFixedT('common', 'fr')('language.label')).toBe('Language');
    } finally {
      french.label = label!;
    }
    expect(getFixedT('common', 'fr')('language.label')).toBe('Langue');
    // @ts-expect-error: a key missing from the English catalogs does not type-check.
    expect(getFixedT('common', 'de')('no.such.key')).toBe('no.such.key');
  });

  it('formats {{name, number}} in the language and leaves other values as given', () => {
    const count = 1234567;
    expect(getFixedT('progress', 'en')('compare.stillOpen', { count })).toBe('1,234,567 gaps are open now');
    expect(getFixedT('progress', 'de')('compare.stillOpen', { count })).toBe('Derzeit sind 1.234.567 Lücken offen');
    expect(getFixedT('progress', 'fr')('compare.stillOpen', { count })).toBe(`1${nnbsp}234${nnbsp}567 écarts ouverts actuellement`);
    // {{count}} without a format: the number as it is.
    expect(getFixedT('adviser', 'fr')('coach.gaps', { count: 1234 })).toBe('1234 écarts');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(getFixedT('common', 'en')('ruleSet.loadFailed')).toContain('{{reason}}');
  });

  it('type-checks keys built from typed values', () => {
    const t = getFixedT('checklist', 'en');
    const shows = ['all', 'unanswered', 'gaps'] as const;
    expect(shows.map((s) => t(`filters.${s}`)).every((text) => !text.startsWith('filters.'))).toBe(true);
    const ta = getFixedT('assessments', 'en');
    // @ts-expect-error: <Trans> checks its key against its t's namespace.
    expect(() => <Trans t={ta} i18nKey="row.nope" components={{}} />).toBeTypeOf('function');
  });
});

function inRouter(element: React.ReactElement) {
  return render(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);
}

describe('<Trans>', () => {
  function Ready({ percent, soFar }: { percent: string; soFar: boolean }) {
    const { t } = useTranslation('assessments');
    return (
      <p data-testid="ready">
        <Trans t={t} i18nKey={soFar ? 'row.readySoFar' : 'row.ready'} values={{ percent }} components={{ strong: <strong />, muted: <span className="muted" /> }} />
      </p>
    );
  }

  it('renders each tag as its named component with the tag’s text inside', () => {
    render(<Ready percent="40%" soFar />);
    const p = screen.getByTestId('ready');
    expect(p.innerHTML).toBe('<strong>40% ready</strong><span class="muted"> so far</span>');
  });

  it('keeps values as text even when they look like markup', () => {
    render(<Ready percent="<muted>x</muted>" soFar={false} />);
    const p = screen.getByTestId('ready');
    expect(p.querySelector('.muted')).toBeNull();
    expect(p.textContent).toBe('<muted>x</muted> ready');
  });

  it('clones a component with its own props (a link) and passes count', async () => {
    function Gone() {
      const { t } = useTranslation('classify');
      return (
        <p data-testid="gone">
          <Trans t={t} i18nKey="use.gone" components={{ helper: <Link to="/classify" /> }} />
        </p>
      );
    }
    inRouter(<Gone />);
    const link = await screen.findByRole('link', { name: 'Use the helper on its own' });
    expect(link.getAttribute('href')).toBe('/classify');
    expect(screen.getByTestId('gone').textContent).toBe('The assessment this helper was opened from is not in this browser any more. Use the helper on its own.');

    function Applies({ count }: { count: number }) {
      const { t } = useTranslation('profile');
      return (
        <p data-testid="applies">
          <Trans t={t} i18nKey="page.applies" count={count} components={{ strong: <strong /> }} />
        </p>
      );
    }
    render(<Applies count={1} />);
    expect(screen.getByTestId('applies').innerHTML).toBe('<strong>1</strong> item applies to this profile');
    cleanup();
    render(<Applies count={2} />);
    expect(screen.getByTestId('applies').innerHTML).toBe('<strong>2</strong> items apply to this profile');
  });
});

describe('useTranslation', () => {
  function Label() {
    const { t, language } = useTranslation();
    return <span data-testid="label">{`${language}: ${t('language.label')}`}</span>;
  }

  it('re-renders components when the language changes', async () => {
    render(<Label />);
    expect(screen.getByTestId('label').textContent).toBe('en: Language');
    await act(() => changeLanguage('fr'));
    expect(screen.getByTestId('label').textContent).toBe('fr: Langue');
    await act(() => changeLanguage('de'));
    expect(screen.getByTestId('label').textContent).toBe('de: Sprache');
    await act(() => changeLanguage('en'));
    expect(screen.getByTestId('label').textContent).toBe('en: Language');
  });

  it('keeps the latest of two quick language changes', async () => {
    await act(() => Promise.all([changeLanguage('de'), changeLanguage('fr')]));
    expect(currentLanguage()).toBe('fr');
    await act(() => changeLanguage('en'));
  });

  it('setLanguage also marks the page and remembers the choice', async () => {
    await act(() => setLanguage('de'));
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem(languageStorageKey)).toBe('de');
    await act(() => setLanguage('en'));
    expect(document.documentElement.lang).toBe('en');
  });

  it('loads a namespace nobody asked for yet and re-renders when it arrives', async () => {
    // A fresh copy of the store holds only what the first screen bundles (English common, assessments, firstrun).
    vi.resetModules();
    const fresh = await import('../../src/i18n/i18n');
    const react = await import('../../src/i18n/react');
    expect(fresh.getCatalog('en', 'rules')).toBeUndefined();
    const before = fresh.getFixedT('rules');
    function Items() {
      const { t } = react.useTranslation('rules');
      return <span data-testid="items">{t('items', { count: 3 })}</span>;
    }
    render(<Items />);
    // Until the catalog is in, the key shows; then the text.
    expect(screen.getByTestId('items').textContent).toBe('items');
    expect(await screen.findByText('3 items')).toBeTruthy();
    expect(fresh.getCatalog('en', 'rules')).toBeDefined();
    // A new function once its catalog arrived; the same one otherwise.
    expect(fresh.getFixedT('rules')).not.toBe(before);
    expect(fresh.getFixedT('rules')).toBe(fresh.getFixedT('rules'));
  });
});
