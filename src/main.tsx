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

// The rule set loads beside the first screen (screens that read it wait for it in their route).
void loadBundledRuleSet().then(() => recordBundledRuleSet());
