// Entry point: mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import { App } from './app/app';
import { persistStorageAfterFirstSave } from './app/persist-storage';
import { loadBundledRuleSet } from './app/rule-set';
import { recordBundledRuleSet } from './app/rule-set-update';
import './app/styles/tokens.css';
import './app/styles/base.css';

persistStorageAfterFirstSave();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The rule set (the largest chunk) is not needed to show the assessment list: it loads once the first
// screen is up, or earlier when a screen that reads it is opened (its route waits for it).
const whenIdle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 500));
whenIdle(() => void loadBundledRuleSet().then(() => recordBundledRuleSet()));
