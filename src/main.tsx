// Entry point: mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import { App } from './app/app';
import { persistStorageAfterFirstSave } from './app/persist-storage';
import { onRuleSetLoaded } from './app/rule-set';
import './app/styles/tokens.css';
import './app/styles/base.css';

persistStorageAfterFirstSave();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The rule set (the largest chunk) is not needed to show the assessment list: the list asks for it once
// it is on screen, and a screen that reads it waits for it in its route. Once it is there, its item list
// is remembered for telling users what changed after an update.
onRuleSetLoaded((loaded) => {
  // Loaded here rather than imported: it writes through Dexie, which the first screen does without.
  if (loaded.ok) void import('./app/rule-set-update').then(({ recordBundledRuleSet }) => recordBundledRuleSet(loaded.ruleSet));
});
