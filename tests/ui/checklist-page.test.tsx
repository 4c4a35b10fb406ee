// @vitest-environment jsdom
// The checklist screen: answering from the keyboard, typing notes, filters, and what is saved.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveAnswer } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';
import { ChecklistPage } from '../../src/features/checklist/checklist-page';
import { useChecklistUi } from '../../src/features/checklist/checklist-store';
import { useSaveStatus } from '../../src/stores/save-status';
import { newTestAssessment, renderScreen, resetDatabase, savedAnswer } from './assessment-harness';

const routes = [{ path: 'area/:areaId', Component: ChecklistPage }];

const item = (itemId: string) => document.getElementById(`item-${itemId}`) as HTMLElement;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function openChecklist(path = 'area/first', answers: Parameters<typeof newTestAssessment>[0] = []) {
  const id = await newTestAssessment(answers);
  const utils = renderScreen(`/a/${id}/${path}`, routes);
  await screen.findByRole('heading', { name: /first area|second area/i, level: 2 });
  return { id, ...utils };
}

beforeEach(async () => {
  await resetDatabase();
  useChecklistUi.setState({ show: 'all', severities: [], fieldFocus: null });
});
afterEach(() => cleanup());

describe('checklist keyboard', () => {
  it('sets the focused item to Met with key 1, saves it, then moves to the next item', async () => {
    const { id } = await openChecklist();
    fireEvent.keyDown(document.body, { key: '1' });
    await waitFor(async () => expect((await savedAnswer(id, 'first.one'))?.status).toBe('met'));
    await waitFor(() => expect(item('first.two').classList.contains('is-focused')).toBe(true));
    await waitFor(() => expect(document.activeElement).toBe(item('first.two')));
    expect(item('first.two').classList.contains('is-focused')).toBe(true);
    // The address follows (for a reload or a copied link) without a router navigation.
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('item')).toBe('first.two'));
    const met = within(item('first.one')).getByRole('radio', { name: /^Met/ });
    await waitFor(() => expect(met.getAttribute('aria-checked')).toBe('true'));
  });

  it('keys 2 and 3 set Partly met and Not met on the item moved to with j and ArrowDown', async () => {
    const { id } = await openChecklist();
    fireEvent.keyDown(document.body, { key: 'j' });
    await waitFor(() => expect(item('first.two').classList.contains('is-focused')).toBe(true));
    fireEvent.keyDown(document.body, { key: '2' });
    await waitFor(async () => expect((await savedAnswer(id, 'first.two'))?.status).toBe('partial'));
    await waitFor(() => expect(item('first.three').classList.contains('is-focused')).toBe(true));
    fireEvent.keyDown(document.body, { key: 'ArrowUp' });
    await waitFor(() => expect(item('first.two').classList.contains('is-focused')).toBe(true));
    fireEvent.keyDown(document.body, { key: 'ArrowDown' });
    await waitFor(() => expect(item('first.three').classList.contains('is-focused')).toBe(true));
    fireEvent.keyDown(document.body, { key: '3' });
    await waitFor(async () => expect((await savedAnswer(id, 'first.three'))?.status).toBe('not_met'));
    expect(await savedAnswer(id, 'first.one')).toBeUndefined();
  });

  it('does not set a status when "1" is typed in a note, and saves the note instead', async () => {
    const { id } = await openChecklist();
    fireEvent.click(within(item('first.one')).getByRole('button', { name: /add a note/i }));
    const note = within(item('first.one')).getByLabelText('Note');
    note.focus();
    fireEvent.keyDown(note, { key: '1' });
    fireEvent.change(note, { target: { value: '1 SOP is still a draft' } });
    fireEvent.blur(note);
    await waitFor(async () => expect((await savedAnswer(id, 'first.one'))?.note).toBe('1 SOP is still a draft'));
    expect((await savedAnswer(id, 'first.one'))?.status).toBeNull();
    expect(within(item('first.one')).getByRole('radio', { name: /^Met/ }).getAttribute('aria-checked')).toBe('false');
  });

  it('n focuses the note field of the focused item', async () => {
    await openChecklist();
    const event = fireEvent.keyDown(document.body, { key: 'n' });
    expect(event).toBe(false); // default prevented, so no "n" lands in the note
    await waitFor(() => expect(document.activeElement).toBe(within(item('first.one')).getByLabelText('Note')));
  });

  it('asks for a reason when an item is marked not applicable, and does not move on', async () => {
    const { id } = await openChecklist();
    fireEvent.keyDown(document.body, { key: '4' });
    const reason = await within(item('first.one')).findByLabelText('Why does this not apply?');
    await waitFor(() => expect(document.activeElement).toBe(reason));
    expect((await savedAnswer(id, 'first.one'))?.status).toBe('not_applicable');
    expect(item('first.one').classList.contains('is-focused')).toBe(true);
    expect(item('first.two').classList.contains('is-focused')).toBe(false);
  });

  it('answers with a click on the status buttons, as a radio group', async () => {
    const { id } = await openChecklist();
    const group = within(item('first.three')).getByRole('radiogroup');
    fireEvent.click(within(group).getByRole('radio', { name: /Partly met/ }));
    await waitFor(async () => expect((await savedAnswer(id, 'first.three'))?.status).toBe('partial'));
  });
});

describe('checklist text fields', () => {
  it('saves a note about 400 ms after typing stops', async () => {
    const { id } = await openChecklist();
    fireEvent.click(within(item('first.two')).getByRole('button', { name: /add a note/i }));
    fireEvent.change(within(item('first.two')).getByLabelText('Owner'), { target: { value: 'Quality lead' } });
    await sleep(100);
    expect(await savedAnswer(id, 'first.two')).toBeUndefined();
    await waitFor(async () => expect((await savedAnswer(id, 'first.two'))?.owner).toBe('Quality lead'));
  });

  it('keeps the typed text when a live update of the same answer arrives before the text is saved', async () => {
    const { id } = await openChecklist();
    fireEvent.click(within(item('first.one')).getByRole('button', { name: /add a note/i }));
    const note = within(item('first.one')).getByLabelText('Note') as HTMLTextAreaElement;
    fireEvent.change(note, { target: { value: 'Typed but not saved yet' } });
    // Another tab (or the status buttons) changes the same answer while the note waits for its save.
    await act(async () => {
      await saveAnswer(id, 'first.one', { owner: 'CEO' });
      await sleep(50);
    });
    expect(note.value).toBe('Typed but not saved yet');
    await waitFor(async () => expect((await savedAnswer(id, 'first.one'))?.note).toBe('Typed but not saved yet'));
    expect((await savedAnswer(id, 'first.one'))?.owner).toBe('CEO');
    expect(note.value).toBe('Typed but not saved yet');
  });

  it('saves typed text at once when the page is hidden', async () => {
    const { id } = await openChecklist();
    fireEvent.click(within(item('first.one')).getByRole('button', { name: /add a note/i }));
    fireEvent.change(within(item('first.one')).getByLabelText('Evidence'), { target: { value: 'QM-07 rev 2' } });
    const pendingBefore = useSaveStatus.getState().pending;
    window.dispatchEvent(new Event('pagehide'));
    // The write starts during the event, not when the typing delay runs out.
    expect(useSaveStatus.getState().pending).toBe(pendingBefore + 1);
    await waitFor(async () => expect((await savedAnswer(id, 'first.one'))?.evidence).toBe('QM-07 rev 2'));
  });

  it('saves typed text when the user goes to another area before the delay has passed', async () => {
    const { id, router } = await openChecklist();
    fireEvent.click(within(item('first.three')).getByRole('button', { name: /add a note/i }));
    fireEvent.change(within(item('first.three')).getByLabelText('Note'), { target: { value: 'Leaving now' } });
    await act(() => router.navigate(`/a/${id}/area/second`));
    await screen.findByRole('heading', { name: 'Second area', level: 2 });
    await waitFor(async () => expect((await savedAnswer(id, 'first.three'))?.note).toBe('Leaving now'));
  });

  it('shows a change made in another tab when the user is not typing', async () => {
    const { id } = await openChecklist('area/first', [{ itemId: 'first.two', status: 'not_met', note: 'Old note' }]);
    const note = within(item('first.two')).getByLabelText('Note') as HTMLTextAreaElement;
    expect(note.value).toBe('Old note');
    await act(async () => {
      await saveAnswer(id, 'first.two', { note: 'Changed elsewhere', status: 'met' });
    });
    await waitFor(() => expect(note.value).toBe('Changed elsewhere'));
    await waitFor(() => expect(within(item('first.two')).getByRole('radio', { name: /^Met/ }).getAttribute('aria-checked')).toBe('true'));
  });
});

describe('checklist layout and state', () => {
  it('lists only areas with applicable items, with answered counts', async () => {
    await openChecklist('area/first', [{ itemId: 'first.one', status: 'met' }]);
    const nav = screen.getByRole('navigation', { name: 'Checklist areas' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([expect.stringContaining('1/3 answered'), expect.stringContaining('0/1 answered')]);
    expect(links[0]!.getAttribute('aria-current')).toBe('page');
  });

  it('filters to gaps only and by severity', async () => {
    await openChecklist('area/first', [
      { itemId: 'first.one', status: 'not_met' },
      { itemId: 'first.two', status: 'met' },
    ]);
    fireEvent.click(screen.getByLabelText('Gaps only'));
    await waitFor(() => expect(document.querySelectorAll('.checklist-item')).toHaveLength(1));
    expect(item('first.one')).not.toBeNull();
    fireEvent.click(screen.getByLabelText('All items'));
    fireEvent.click(screen.getByLabelText('Minor'));
    await waitFor(() => expect(document.querySelectorAll('.checklist-item')).toHaveLength(1));
    expect(item('first.three')).not.toBeNull();
    expect(screen.getByText(/Showing 1 of 3 items/)).toBeTruthy();
  });

  it('remembers the area and item the user is on', async () => {
    const { id } = await openChecklist();
    fireEvent.keyDown(document.body, { key: 'j' });
    await waitFor(async () => expect((await db.assessments.get(id))?.resume).toEqual({ areaId: 'first', itemId: 'first.two' }), { timeout: 3000 });
  });

  it('shows the glossary definition of a term on demand', async () => {
    await openChecklist();
    const term = within(item('first.one')).getByRole('button', { name: /PRRC/ });
    expect(screen.queryByText(/Person responsible for regulatory compliance\./)).toBeNull();
    fireEvent.click(term);
    expect(term.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(/Person responsible for regulatory compliance\./)).toBeTruthy();
  });

  it('keeps answers to items the rule set no longer has, under Archived answers', async () => {
    await openChecklist('area/first', [{ itemId: 'gone.item', status: 'not_met', note: 'Written before the update' }]);
    expect(screen.getByText(/Archived answers \(1\)/)).toBeTruthy();
    expect(screen.getByText('gone.item')).toBeTruthy();
    expect(screen.getByText('Written before the update')).toBeTruthy();
  });

  it('offers the summary at the end of the last area once it is done', async () => {
    await openChecklist('area/second', [{ itemId: 'second.one', status: 'met' }]);
    expect(screen.getByRole('link', { name: /see the summary/i }).getAttribute('href')).toMatch(/\/summary$/);
  });
});
