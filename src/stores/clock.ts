// The app's clock for time-based prompts (backup reminder, snooze): Date.now unless a test sets another.
import { useSyncExternalStore } from 'react';
import { create } from 'zustand';

interface ClockStore {
  now: () => number;
}

const useClock = create<ClockStore>(() => ({ now: () => Date.now() }));

/** The current time in milliseconds. */
export const now = (): number => useClock.getState().now();

/** Replace the clock (tests move time with it instead of waiting). */
export function setClock(next: () => number): void {
  useClock.setState({ now: next });
}

export function resetClock(): void {
  useClock.setState({ now: () => Date.now() });
}

/** How often an open page looks at the clock again: prompts are about days, so a minute is plenty. */
const resolution = 60_000;

function subscribe(onChange: () => void): () => void {
  const timer = setInterval(onChange, resolution / 2);
  // A laptop waking up after a week should not wait for the next tick.
  const onVisible = () => {
    if (document.visibilityState === 'visible') onChange();
  };
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('focus', onChange);
  const unsubscribe = useClock.subscribe(onChange);
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('focus', onChange);
    unsubscribe();
  };
}

// Rounded to the minute, so the value stays the same between ticks (React compares snapshots).
const snapshot = () => Math.floor(now() / resolution) * resolution;

/** The current time to the minute, re-rendering as the clock moves on or is moved. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
