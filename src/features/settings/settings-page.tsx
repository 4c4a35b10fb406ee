// Settings for the cost model (currency, day rates, partial credit), saved as typed, and where data lives.
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef } from 'react';
import { useForm, useWatch, type FieldError } from 'react-hook-form';
import { Trans, useTranslation } from '../../i18n/react';
import { Field } from '../../components/form-field';
import { StorageInfo } from '../../components/storage-info';
import { useSettings } from '../../db/live';
import { saveSettings } from '../../db/settings-repo';
import { defaultSettings, type Settings } from '../../domain/settings';
import { useDebouncedSave } from '../../hooks/use-debounced-save';
import { useFormatters } from '../../hooks/use-formatters';
import { useUiLanguage } from '../../hooks/use-ui-language';
import { trackWrite } from '../../stores/save-status';
import { settingsFormSchema, toFormValues, validSettings, type SettingsFormInput, type SettingsFormOutput } from './settings-form';
import { SettingsHelp } from './settings-help';
import './settings.css';

const sameSettings = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);
const numberInput = { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? Number.NaN : Number(v)) };

/** The largest day rate the settings schema accepts. */
const maxDayRate = 100000;

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const saved = useSettings();
  return (
    <div className="page settings-page">
      <h1>{t('title')}</h1>
      <p className="muted settings-lead">{t('lead')}</p>
      <SettingsHelp />
      {saved ? <SettingsForm saved={saved} /> : <p className="muted">{t('loading')}</p>}
      <DataSection />
      <div className="card settings-section">
        <StorageInfo />
      </div>
    </div>
  );
}

function SettingsForm({ saved }: { saved: Settings }) {
  const { t: tf } = useTranslation('firstrun');
  const { t } = useTranslation('settings');
  const language = useUiLanguage();
  const euro = useFormatters('EUR', language);
  const plain = new Intl.NumberFormat(language);
  const lastSaved = useRef(saved);
  const form = useForm<SettingsFormInput, unknown, SettingsFormOutput>({
    resolver: zodResolver(settingsFormSchema),
    defaultValues: toFormValues(saved),
    mode: 'onChange',
  });
  const { register, formState, reset, control, getValues } = form;
  const { errors } = formState;

  /**
   * The schema's messages are English; each field's problem is said here in the interface language, from
   * the kind of problem (Zod's issue code) and the value typed.
   */
  const message = (field: keyof SettingsFormInput, error: FieldError | undefined): string | undefined => {
    if (!error) return undefined;
    const value = getValues(field);
    const typedNumber = typeof value === 'number' && Number.isFinite(value);
    switch (field) {
      case 'currency':
        return t('errors.currency');
      case 'currencyPerEur':
        return typedNumber ? t('errors.rate') : t('errors.number');
      case 'internalDayRate':
      case 'externalDayRate':
        if (!typedNumber) return t('errors.number');
        return error.type === 'too_big' ? t('errors.dayRateTooHigh', { max: euro.money(maxDayRate) }) : t('errors.dayRateNegative');
      case 'partialCreditPercent':
        return typedNumber ? t('errors.percent') : t('errors.number');
      case 'backupReminderDays':
        if (!typedNumber) return t('errors.number');
        if (!Number.isInteger(value)) return t('errors.wholeDays');
        return error.type === 'too_big' ? t('errors.daysTooMany', { max: 365 }) : t('errors.daysNegative');
    }
  };

  const save = useCallback(async (values: unknown) => {
    const next = validSettings(values, lastSaved.current);
    if (!next || sameSettings(next, lastSaved.current)) return;
    lastSaved.current = next;
    await trackWrite('settings', () => saveSettings(next));
  }, []);
  const debounced = useDebouncedSave(save, 400);

  useEffect(() => form.subscribe({ formState: { values: true }, callback: ({ values }) => debounced.schedule(values) }), [form, debounced]);

  // Another tab changed the settings: show them unless the user is typing here.
  useEffect(() => {
    if (sameSettings(saved, lastSaved.current) || debounced.isPending()) return;
    if (document.activeElement?.closest('form.settings-form')) return;
    lastSaved.current = saved;
    reset(toFormValues(saved));
  }, [saved, reset, debounced]);

  const currency = (useWatch({ control, name: 'currency' }) ?? 'EUR').toUpperCase();
  const rate = useWatch({ control, name: 'currencyPerEur' });
  const unit = /^[A-Z]{3}$/.test(currency) ? currency : t('currency.yourCurrency');

  return (
    <form className="settings-form" noValidate onBlur={debounced.flush} onSubmit={(e) => (e.preventDefault(), debounced.flush())}>
      <section className="card settings-section" aria-labelledby="money-title">
        <h2 id="money-title">{t('currency.title')}</h2>
        <div className="settings-grid">
          <Field id="settings-currency" label={t('currency.code')} hint={t('currency.codeHint', { currency: defaultSettings.currency })} error={message('currency', errors.currency)}>
            {(a11y) => (
              <input
                type="text"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={3}
                className="settings-short"
                {...a11y}
                {...register('currency', { setValueAs: (v: unknown) => String(v ?? '').trim().toUpperCase() })}
              />
            )}
          </Field>
          <Field
            id="settings-currencyPerEur"
            label={currency === 'EUR' ? t('currency.rateEur') : t('currency.rate', { unit })}
            hint={
              <>
                {t('currency.rateHint', { rate: plain.format(defaultSettings.currencyPerEur) })}
                {currency !== 'EUR' && rate === 1 && <strong className="settings-warning"> {t('currency.rateStillOne', { unit })}</strong>}
              </>
            }
            error={message('currencyPerEur', errors.currencyPerEur)}
          >
            {(a11y) => <input type="number" inputMode="decimal" min={0} step="any" className="settings-short" {...a11y} {...register('currencyPerEur', numberInput)} />}
          </Field>
        </div>
      </section>

      <section className="card settings-section" aria-labelledby="rates-title">
        <h2 id="rates-title">{t('rates.title')}</h2>
        <p className="muted settings-intro">{t('rates.intro')}</p>
        <div className="settings-grid">
          <Field
            id="settings-internalDayRate"
            label={t('rates.internal', { unit })}
            hint={t('rates.internalHint', { amount: euro.money(defaultSettings.internalDayRate), low: euro.money(500), high: euro.money(700) })}
            error={message('internalDayRate', errors.internalDayRate)}
          >
            {(a11y) => <input type="number" inputMode="decimal" min={0} step="any" className="settings-short" {...a11y} {...register('internalDayRate', numberInput)} />}
          </Field>
          <Field
            id="settings-externalDayRate"
            label={t('rates.external', { unit })}
            hint={t('rates.externalHint', { amount: euro.money(defaultSettings.externalDayRate), low: euro.money(800), high: euro.money(1400) })}
            error={message('externalDayRate', errors.externalDayRate)}
          >
            {(a11y) => <input type="number" inputMode="decimal" min={0} step="any" className="settings-short" {...a11y} {...register('externalDayRate', numberInput)} />}
          </Field>
        </div>
      </section>

      <section className="card settings-section" aria-labelledby="credit-title">
        <h2 id="credit-title">{t('credit.title')}</h2>
        <Field
          id="settings-partialCreditPercent"
          label={t('credit.label')}
          hint={t('credit.hint', { percent: euro.percent(defaultSettings.partialCredit) })}
          error={message('partialCreditPercent', errors.partialCreditPercent)}
        >
          {(a11y) => (
            <span className="settings-suffixed">
              <input type="number" inputMode="decimal" min={0} max={100} step="any" className="settings-short" {...a11y} {...register('partialCreditPercent', numberInput)} />
              <span aria-hidden="true">%</span>
            </span>
          )}
        </Field>
      </section>

      <section className="card settings-section" aria-labelledby="reminder-title">
        <h2 id="reminder-title">{tf('settings.reminderTitle')}</h2>
        <Field
          id="settings-backupReminderDays"
          label={tf('settings.reminderDays')}
          hint={tf('settings.reminderHint', { days: defaultSettings.backupReminderDays })}
          error={message('backupReminderDays', errors.backupReminderDays)}
        >
          {(a11y) => <input type="number" inputMode="numeric" min={0} max={365} step={1} className="settings-short" {...a11y} {...register('backupReminderDays', numberInput)} />}
        </Field>
      </section>

      <div className="settings-actions">
        <button
          type="button"
          className="btn"
          onClick={() => {
            reset(toFormValues(defaultSettings));
            void save(toFormValues(defaultSettings));
          }}
        >
          {t('restoreDefaults')}
        </button>
      </div>
    </form>
  );
}

function DataSection() {
  const { t } = useTranslation('settings');
  return (
    <section className="card settings-section settings-data" aria-labelledby="data-title">
      <h2 id="data-title">{t('data.title')}</h2>
      <ul>
        <li>{t('data.local')}</li>
        <li>{t('data.browser')}</li>
        <li>
          <Trans t={t} i18nKey="data.backup" components={{ strong: <strong /> }} />
        </li>
      </ul>
    </section>
  );
}
