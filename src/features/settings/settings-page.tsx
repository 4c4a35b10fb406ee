// Settings for the cost model (currency, day rates, partial credit), saved as typed, and where data lives.
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef } from 'react';
import { useForm, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/form-field';
import { StorageInfo } from '../../components/storage-info';
import { useSettings } from '../../db/live';
import { saveSettings } from '../../db/settings-repo';
import { defaultSettings, type Settings } from '../../domain/settings';
import { useDebouncedSave } from '../../hooks/use-debounced-save';
import { trackWrite } from '../../stores/save-status';
import { settingsFormSchema, toFormValues, validSettings, type SettingsFormInput, type SettingsFormOutput } from './settings-form';
import { SettingsHelp } from './settings-help';
import './settings.css';

const euro = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const sameSettings = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);
const numberInput = { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? Number.NaN : Number(v)) };

function message(error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  return error.type === 'invalid_type' ? 'Enter a number' : error.message;
}

export function SettingsPage() {
  const saved = useSettings();
  return (
    <div className="page settings-page">
      <h1>Settings</h1>
      <p className="muted settings-lead">
        These figures turn the checklist's gaps into money. They apply to every assessment in this browser and are saved as you type.
      </p>
      <SettingsHelp />
      {saved ? <SettingsForm saved={saved} /> : <p className="muted">Loading your settings…</p>}
      <DataSection />
      <div className="card settings-section">
        <StorageInfo />
      </div>
    </div>
  );
}

function SettingsForm({ saved }: { saved: Settings }) {
  const { t } = useTranslation('firstrun');
  const lastSaved = useRef(saved);
  const form = useForm<SettingsFormInput, unknown, SettingsFormOutput>({
    resolver: zodResolver(settingsFormSchema),
    defaultValues: toFormValues(saved),
    mode: 'onChange',
  });
  const { register, formState, reset, control } = form;
  const { errors } = formState;

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
  const unit = /^[A-Z]{3}$/.test(currency) ? currency : 'your currency';

  return (
    <form className="settings-form" noValidate onBlur={debounced.flush} onSubmit={(e) => (e.preventDefault(), debounced.flush())}>
      <section className="card settings-section" aria-labelledby="money-title">
        <h2 id="money-title">Currency</h2>
        <div className="settings-grid">
          <Field
            id="settings-currency"
            label="Currency code"
            hint={`The currency every cost is shown in: a three-letter code such as EUR, CHF or GBP. Default: ${defaultSettings.currency}.`}
            error={message(errors.currency)}
          >
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
            label={currency === 'EUR' ? 'Exchange rate to the euro' : `Exchange rate: ${unit} for 1 euro`}
            hint={
              <>
                The rule set's figures are in euros and are multiplied by this rate. The app works offline and never fetches rates, so update it now and then.
                Default: {defaultSettings.currencyPerEur} (for EUR).
                {currency !== 'EUR' && rate === 1 && <strong className="settings-warning"> The rate is still 1: set the rate for {unit}.</strong>}
              </>
            }
            error={message(errors.currencyPerEur)}
          >
            {(a11y) => <input type="number" inputMode="decimal" min={0} step="any" className="settings-short" {...a11y} {...register('currencyPerEur', numberInput)} />}
          </Field>
        </div>
      </section>

      <section className="card settings-section" aria-labelledby="rates-title">
        <h2 id="rates-title">Day rates</h2>
        <p className="muted settings-intro">Each gap needs a number of working days. These rates turn days into money. Both defaults are planning assumptions; replace them with your own figures.</p>
        <div className="settings-grid">
          <Field
            id="settings-internalDayRate"
            label={`Internal day rate (${unit} per person-day)`}
            hint={`What one day of your own staff costs: salary plus social charges and overheads. Multiplied by the internal days of each gap you close in-house. Default: ${euro.format(defaultSettings.internalDayRate)}, the middle of the €500–700 loaded cost assumed for Luxembourg SMEs (a planning assumption, not a published figure).`}
            error={message(errors.internalDayRate)}
          >
            {(a11y) => <input type="number" inputMode="decimal" min={0} step="any" className="settings-short" {...a11y} {...register('internalDayRate', numberInput)} />}
          </Field>
          <Field
            id="settings-externalDayRate"
            label={`External day rate (${unit} per consultant day)`}
            hint={`What a regulatory consultant charges per day. Used for gaps you mark as outsourced. Default: ${euro.format(defaultSettings.externalDayRate)}, the middle of €800–1,400 for senior consultants in Luxembourg and neighbouring countries (a planning assumption: no public figure exists, so ask for quotes).`}
            error={message(errors.externalDayRate)}
          >
            {(a11y) => <input type="number" inputMode="decimal" min={0} step="any" className="settings-short" {...a11y} {...register('externalDayRate', numberInput)} />}
          </Field>
        </div>
      </section>

      <section className="card settings-section" aria-labelledby="credit-title">
        <h2 id="credit-title">Partly met items</h2>
        <Field
          id="settings-partialCreditPercent"
          label="Credit for a partly met item (%)"
          hint={`How much of an item's readiness a “partly met” answer earns; the rest of its cost is still counted as a gap. Default: ${Math.round(defaultSettings.partialCredit * 100)} %, a neutral convention rather than a measured figure.`}
          error={message(errors.partialCreditPercent)}
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
        <h2 id="reminder-title">{t('settings.reminderTitle')}</h2>
        <Field
          id="settings-backupReminderDays"
          label={t('settings.reminderDays')}
          hint={t('settings.reminderHint', { days: defaultSettings.backupReminderDays })}
          error={message(errors.backupReminderDays)}
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
          Restore the defaults
        </button>
      </div>
    </form>
  );
}

function DataSection() {
  return (
    <section className="card settings-section settings-data" aria-labelledby="data-title">
      <h2 id="data-title">Where your data lives</h2>
      <ul>
        <li>Everything you enter stays in this browser, on this device. Nothing is sent anywhere: there is no account and no server.</li>
        <li>Another browser or computer does not see it. Clearing this site's data in the browser deletes it.</li>
        <li>
          To keep a copy or move to another device, use <strong>“Back up everything”</strong> on the Assessments screen, and import the file there on the other
          device.
        </li>
      </ul>
    </section>
  );
}
