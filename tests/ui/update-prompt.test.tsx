// @vitest-environment jsdom
// "Update available — Reload": shown without blocking, and the reload waits until every write is saved.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { trackWrite, useSaveStatus } from '../../src/stores/save-status';

const sw = vi.hoisted(() => ({
  needRefresh: false,
  options: undefined as RegisterSWOptions | undefined,
  updateServiceWorker: vi.fn(async () => undefined),
}));

vi.mock('virtual:pwa-register/react', async () => {
  const { useState } = await import('react');
  return {
    useRegisterSW: (options: RegisterSWOptions) => {
      sw.options = options;
      return {
        needRefresh: useState(sw.needRefresh),
        offlineReady: useState(false),
        updateServiceWorker: sw.updateServiceWorker,
      };
    },
  };
});

const { UpdatePrompt } = await import('../../src/app/update-prompt');

const reload = vi.fn();
beforeEach(() => {
  sw.needRefresh = true;
  sw.updateServiceWorker.mockClear();
  reload.mockClear();
  useSaveStatus.setState({ pending: 0, state: { kind: 'idle' }, retries: new Map() });
  Object.defineProperty(window, 'location', { configurable: true, value: { ...window.location, reload } });
});
afterEach(cleanup);

describe('update prompt', () => {
  it('offers the update as a status message, not a dialog, and lets the user wait', () => {
    render(<UpdatePrompt />);
    const toast = screen.getByRole('status');
    expect(toast.textContent).toContain('Update available.');
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
  });

  it('waits for a write still in progress before switching to the new version', async () => {
    let finish: (v: { ok: true }) => void = () => undefined;
    const slowWrite = trackWrite('answer:a:item:note', () => new Promise((ok) => (finish = ok)));
    render(<UpdatePrompt />);
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await act(() => new Promise((ok) => setTimeout(ok, 150)));
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeTruthy();
    finish({ ok: true });
    await slowWrite;
    await act(() => new Promise((ok) => setTimeout(ok, 150)));
    expect(sw.updateServiceWorker).toHaveBeenCalledTimes(1);
  });

  it('does not reload while a change could not be saved, and says why', async () => {
    await trackWrite('answer:a:item:note', async () => ({ ok: false, error: 'the browser storage for this site is full.' }));
    render(<UpdatePrompt />);
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText(/Not reloaded: the browser storage for this site is full/)).toBeTruthy();
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('never reloads by itself when another tab installed the new version', async () => {
    sw.needRefresh = false;
    render(<UpdatePrompt />);
    act(() => sw.options?.onNeedReload?.());
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toContain('A new version was installed in another tab.');
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await act(() => new Promise((ok) => setTimeout(ok, 100)));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads when the new version takes over after the user clicked Reload', async () => {
    render(<UpdatePrompt />);
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await act(() => new Promise((ok) => setTimeout(ok, 100)));
    expect(sw.updateServiceWorker).toHaveBeenCalled();
    act(() => sw.options?.onNeedReload?.());
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
