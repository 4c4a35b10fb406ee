// @vitest-environment jsdom
// A status button shows as chosen as soon as it is clicked, and goes back when the answer was not saved.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { AnswerStatus } from '../../src/domain/answer';
import { StatusControl } from '../../src/features/checklist/status-control';

afterEach(() => cleanup());

/** A save the test finishes by hand. */
function pendingSave() {
  let finish: (ok: boolean) => void = () => undefined;
  const onSelect = (_: AnswerStatus) => new Promise<boolean>((resolve) => (finish = resolve));
  return { onSelect, finish: (ok: boolean) => act(async () => finish(ok)) };
}

const checked = () => screen.getAllByRole('radio').filter((b) => b.getAttribute('aria-checked') === 'true').map((b) => b.textContent);

it('shows the clicked status before the save comes back, then the saved one', async () => {
  const save = pendingSave();
  const { rerender } = render(<StatusControl itemId="qms.iso13485" status="unanswered" labelledBy="q" onSelect={save.onSelect} />);
  expect(checked()).toEqual([]);
  fireEvent.click(screen.getByRole('radio', { name: /partly/i }));
  expect(checked()).toEqual([expect.stringMatching(/partly/i)]);
  await save.finish(true);
  rerender(<StatusControl itemId="qms.iso13485" status="partial" labelledBy="q" onSelect={save.onSelect} />);
  expect(checked()).toEqual([expect.stringMatching(/partly/i)]);
  // A change saved elsewhere afterwards (another tab) shows as it arrives.
  rerender(<StatusControl itemId="qms.iso13485" status="met" labelledBy="q" onSelect={save.onSelect} />);
  expect(checked()).toEqual([expect.stringMatching(/^✓/)]);
});

it('goes back to the saved status when the answer could not be saved', async () => {
  const save = pendingSave();
  render(<StatusControl itemId="qms.iso13485" status="met" labelledBy="q" onSelect={save.onSelect} />);
  fireEvent.click(screen.getByRole('radio', { name: /not met/i }));
  expect(checked()).toEqual([expect.stringMatching(/not met/i)]);
  await save.finish(false);
  expect(checked()).toEqual([expect.stringMatching(/^✓/)]);
});
