// @vitest-environment jsdom
// Answering one item re-renders that item and the one focus moves to, not the whole list.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ChecklistPage } from '../../src/features/checklist/checklist-page';
import { useChecklistUi } from '../../src/features/checklist/checklist-store';
import { newTestAssessment, renderScreen, resetDatabase, savedAnswer } from './assessment-harness';

// Each item renders its question through textIn once per render: counting calls counts renders.
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('../../src/domain/text', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/domain/text')>();
  return {
    ...original,
    textIn: (...args: Parameters<typeof original.textIn>) => {
      const text = original.textIn(...args);
      renders.set(text, (renders.get(text) ?? 0) + 1);
      return text;
    },
  };
});

beforeEach(async () => {
  await resetDatabase();
  useChecklistUi.setState({ show: 'all', severities: [], fieldFocus: null });
});
afterEach(() => cleanup());

it('re-renders only the answered item and the next one when an answer is saved', async () => {
  const id = await newTestAssessment();
  renderScreen(`/a/${id}/area/first`, [{ path: 'area/:areaId', Component: ChecklistPage }]);
  await screen.findByRole('heading', { name: 'First area', level: 2 });
  // Let the first live-query updates and the resume point settle.
  await new Promise((ok) => setTimeout(ok, 1000));
  const before = (q: string) => renders.get(q) ?? 0;
  const third = before('Question three is met.');
  const first = before('Question one is met.');

  fireEvent.keyDown(document.body, { key: '1' });
  await waitFor(async () => expect((await savedAnswer(id, 'first.one'))?.status).toBe('met'));
  await waitFor(() => expect(document.getElementById('item-first.two')?.classList.contains('is-focused')).toBe(true));
  await new Promise((ok) => setTimeout(ok, 1000));

  expect(renders.get('Question one is met.')).toBeGreaterThan(first);
  expect(renders.get('Question three is met.')).toBe(third);
});
