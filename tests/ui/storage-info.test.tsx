// @vitest-environment jsdom
// Settings tells whether the browser keeps the data for good and how much space it uses.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageInfo } from '../../src/components/storage-info';
import { formatBytes } from '../../src/components/storage-state';

function stubStorage(persisted: boolean, grant: boolean) {
  let kept = persisted;
  const storage = {
    persisted: vi.fn(async () => kept),
    persist: vi.fn(async () => (kept = grant)),
    estimate: vi.fn(async () => ({ usage: 3.4 * 1024 * 1024, quota: 2 * 1024 * 1024 * 1024 })),
  };
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
  return storage;
}

afterEach(cleanup);

describe('storage info', () => {
  it('shows the space used and that the data is protected', async () => {
    stubStorage(true, true);
    render(<StorageInfo />);
    expect(await screen.findByText(/Protected: the browser will not delete this data/)).toBeTruthy();
    expect(screen.getByText('Using 3.4 MB of 2.0 GB available to this site (under 1%).')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks the browser to keep the data when the user clicks, and shows the new state', async () => {
    const storage = stubStorage(false, true);
    render(<StorageInfo />);
    expect(await screen.findByText(/Not protected yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ask the browser to keep my data' }));
    expect(await screen.findByText(/Protected:/)).toBeTruthy();
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('explains what to do when the browser says no', async () => {
    stubStorage(false, false);
    render(<StorageInfo />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ask the browser to keep my data' }));
    expect(await screen.findByText(/The browser said no/)).toBeTruthy();
  });

  it('formats sizes for people', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(250 * 1024 * 1024)).toBe('250 MB');
  });
});
