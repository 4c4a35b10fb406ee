// A change made just before the page goes away is on disk, and applied when the database next opens.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { liveQuery } from 'dexie';
import { createAssessment, getAnswers, saveAnswer, saveProfile } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';
import { changeTime, journalAnswerChange, journalAssessmentChange, journalSettingsChange } from '../../src/db/write-journal';
import { loadSettings, saveSettings } from '../../src/db/settings-repo';
import { defaultSettings } from '../../src/domain/settings';
import { replayAnswerJournal } from '../../src/db/journal-replay';

const ruleSet = { id: 'mdr-2017-745', version: '1.0.0' };

beforeEach(async () => {
  await Promise.all([db.answers.clear(), db.assessments.clear(), db.answerJournal.clear()]);
});

/** The native journal request commits on its own; give it a moment. */
const settle = () => new Promise((ok) => setTimeout(ok, 20));

describe('answer journal', () => {
  it('a change whose write never ran (the page went away) is applied when the database opens again', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet }, [{ itemId: 'prrc.designated', status: 'partial', note: 'Keep me' }]);
    await new Promise((ok) => setTimeout(ok, 2)); // changes made after the answers were created
    // Only the journal entry reaches the disk: the page is gone before saveAnswer's transaction.
    expect(journalAnswerChange(id, 'prrc.designated', { status: 'met' })).toBeTypeOf('string');
    expect(journalAnswerChange(id, 'qms.iso13485', { status: 'not_met', owner: 'QA' })).toBeTypeOf('string');
    await settle();
    expect(await db.answerJournal.count()).toBe(2);

    db.close();
    await db.open();
    const answers = await getAnswers(id);
    expect(answers.find((a) => a.itemId === 'prrc.designated')).toMatchObject({ status: 'met', note: 'Keep me' });
    expect(answers.find((a) => a.itemId === 'qms.iso13485')).toMatchObject({ status: 'not_met', owner: 'QA', note: '' });
    expect(await db.answerJournal.count()).toBe(0);
    expect((await db.assessments.get(id))!.updatedAt >= answers[0]!.updatedAt!).toBe(true);
  });

  it('replays changes of one answer in the order they were made', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    journalAnswerChange(id, 'prrc.designated', { status: 'met' }, '2026-01-01T10:00:00Z');
    journalAnswerChange(id, 'prrc.designated', { status: 'not_met' }, '2026-01-01T10:00:01Z');
    journalAnswerChange(id, 'prrc.designated', { note: 'last' }, '2026-01-01T10:00:01Z');
    await settle();
    expect(await replayAnswerJournal()).toBe(3);
    expect((await getAnswers(id))[0]).toMatchObject({ status: 'not_met', note: 'last' });
  });

  it('a saved change leaves nothing in the journal', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    await db.open();
    await expect(saveAnswer(id, 'prrc.designated', { status: 'met' })).resolves.toEqual({ ok: true });
    await saveAnswer(id, 'prrc.designated', { note: 'x' });
    expect(await db.answerJournal.count()).toBe(0);
  });

  it('drops entries that would make an invalid answer or belong to a deleted assessment', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    journalAnswerChange(id, 'prrc.designated', { status: 'done' });
    journalAnswerChange('deleted-assessment', 'prrc.designated', { status: 'met' });
    await settle();
    expect(await replayAnswerJournal()).toBe(0);
    expect(await getAnswers(id)).toEqual([]);
    expect(await db.answers.count()).toBe(0);
    expect(await db.answerJournal.count()).toBe(0);
  });

  it('does not replay a change over an answer written at its time or later (its write landed, or a newer one did)', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    await db.open();
    await expect(saveAnswer(id, 'prrc.designated', { note: 'Newer, from another tab' })).resolves.toEqual({ ok: true });
    const stored = (await getAnswers(id))[0]!;
    // Left behind by a page that went away after its write: older than what is stored, and equal to it.
    journalAnswerChange(id, 'prrc.designated', { note: 'Older' }, '2026-01-01T10:00:00.000Z');
    journalAnswerChange(id, 'prrc.designated', { status: 'met' }, stored.updatedAt);
    await settle();
    expect(await replayAnswerJournal()).toBe(0);
    expect((await getAnswers(id))[0]).toMatchObject({ note: 'Newer, from another tab', status: null });
    expect(await db.answerJournal.count()).toBe(0);
  });

  it('gives changes made in the same millisecond distinct, increasing times', () => {
    const times = Array.from({ length: 50 }, () => changeTime());
    expect(new Set(times).size).toBe(50);
    expect([...times].sort()).toEqual(times);
  });

  it('has the change on disk while its write still waits behind another reader of the answers', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet }, [{ itemId: 'pms.plan', status: 'not_met' }]);
    await db.open();
    await getAnswers(id);
    const other = await openOther();
    const release = holdRead(other, 'answers');

    const write = saveAnswer(id, 'pms.plan', { note: 'Typed as the tab closed' });
    await settle();
    const journal = await journalOf(other);
    expect(journal).toEqual([expect.objectContaining({ assessmentId: id, itemId: 'pms.plan', patch: { note: 'Typed as the tab closed' } })]);
    release();
    await expect(write).resolves.toEqual({ ok: true });
    other.close();
    expect((await getAnswers(id))[0]).toMatchObject({ status: 'not_met', note: 'Typed as the tab closed' });
    expect(await db.answerJournal.count()).toBe(0);
  });

  it('a replay that meets a write still under way ends with the answer those writes make', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    await db.open();
    await getAnswers(id);
    const writes = [saveAnswer(id, 'pms.plan', { status: 'partial' }), saveAnswer(id, 'pms.plan', { note: 'Second' })];
    // Another tab replays the journal before the writes above have finished.
    const replayed = replayAnswerJournal();
    expect(await Promise.all(writes)).toEqual([{ ok: true }, { ok: true }]);
    await replayed;
    expect((await getAnswers(id))[0]).toMatchObject({ status: 'partial', note: 'Second' });
    expect(await db.answerJournal.count()).toBe(0);
  });

  it('keeps a profile, name or assessor change whose write never ran, and drops an invalid or stale one', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme', deviceName: 'Old pump' }, ruleSet });
    const { profile } = (await db.assessments.get(id))!;
    await new Promise((ok) => setTimeout(ok, 2));
    journalAssessmentChange(id, { title: 'Acme 2026' });
    journalAssessmentChange(id, { profile: { ...profile, deviceName: 'Infusion pump' } });
    journalAssessmentChange(id, { profile: { ...profile, companyName: '' } }); // the company name is required
    journalAssessmentChange(id, { assessor: 'Stale' }, '2026-01-01T10:00:00.000Z');
    await settle();
    expect(await replayAnswerJournal()).toBe(2);
    const row = (await db.assessments.get(id))!;
    expect(row).toMatchObject({ title: 'Acme 2026', assessor: '', profile: { companyName: 'Acme', deviceName: 'Infusion pump' } });
    expect(await db.answerJournal.count()).toBe(0);
  });

  it('has live queries read again after a replay, even when every entry had already been written', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    await db.open();
    await saveAnswer(id, 'pms.plan', { note: 'Written by a page that went away before it could say so' });
    const stored = (await getAnswers(id))[0]!;
    let runs = 0;
    const subscription = liveQuery(() => {
      runs += 1;
      return getAnswers(id);
    }).subscribe(() => undefined);
    await vi.waitFor(() => expect(runs).toBe(1));
    // That page's entry is still there: its write landed, its deletion did not.
    journalAnswerChange(id, 'pms.plan', { note: stored.note }, stored.updatedAt);
    await settle();
    expect(await replayAnswerJournal()).toBe(0);
    await vi.waitFor(() => expect(runs).toBe(2));
    subscription.unsubscribe();
  });

  it('keeps a settings change whose write never ran, unless the stored settings are as new or newer', async () => {
    await db.settings.clear();
    await db.open();
    await saveSettings({ ...defaultSettings, internalDayRate: 500 });
    expect(await loadSettings()).toMatchObject({ internalDayRate: 500 });
    const saved = (await db.settings.get('settings'))!.savedAt!;
    journalSettingsChange({ ...defaultSettings, internalDayRate: 400 }, '2026-01-01T00:00:00.000Z');
    journalSettingsChange({ ...defaultSettings, internalDayRate: -1 });
    await settle();
    expect(await replayAnswerJournal()).toBe(0);
    expect(await loadSettings()).toMatchObject({ internalDayRate: 500 });

    journalSettingsChange({ ...defaultSettings, internalDayRate: 720 }, new Date(Date.parse(saved) + 1000).toISOString());
    await settle();
    expect(await replayAnswerJournal()).toBe(1);
    expect(await loadSettings()).toMatchObject({ internalDayRate: 720 });
    expect(await db.answerJournal.count()).toBe(0);
  });

  it('has a settings change on disk while its write still waits behind another reader', async () => {
    await db.open();
    const other = await openOther();
    const release = holdRead(other, 'settings');
    const write = saveSettings({ ...defaultSettings, externalDayRate: 1400 });
    await settle();
    expect(await journalOf(other)).toEqual([expect.objectContaining({ settings: expect.objectContaining({ externalDayRate: 1400 }) })]);
    release();
    await expect(write).resolves.toEqual({ ok: true });
    other.close();
    expect(await loadSettings()).toMatchObject({ externalDayRate: 1400 });
    expect(await db.answerJournal.count()).toBe(0);
  });

  it('has a profile change on disk while its write still waits behind another reader', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    const { profile } = (await db.assessments.get(id))!;
    const other = await openOther();
    const release = holdRead(other, 'assessments');
    const write = saveProfile(id, { ...profile, deviceName: 'Typed as the tab closed' });
    await settle();
    expect(await journalOf(other)).toEqual([expect.objectContaining({ assessmentId: id, assessment: { profile: expect.objectContaining({ deviceName: 'Typed as the tab closed' }) } })]);
    release();
    await expect(write).resolves.toEqual({ ok: true });
    other.close();
    expect((await db.assessments.get(id))!.profile.deviceName).toBe('Typed as the tab closed');
    expect(await db.answerJournal.count()).toBe(0);
  });
});

/** Another connection to the database, as another tab has. */
function openOther(): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((ok, bad) => {
    const open = indexedDB.open(db.name);
    open.onsuccess = () => ok(open.result);
    open.onerror = () => bad(open.error);
  });
}

/** Keep a read of `table` going on `other` (as live queries do, briefly, all the time); returns the release. */
function holdRead(other: IDBDatabase, table: string): () => void {
  let holding = true;
  const store = other.transaction(table).objectStore(table);
  const spin = () => {
    if (holding) store.count().onsuccess = spin;
  };
  spin();
  return () => {
    holding = false;
  };
}

function journalOf(other: IDBDatabase): Promise<unknown[]> {
  return new Promise<unknown[]>((ok) => {
    const request = other.transaction('answerJournal').objectStore('answerJournal').getAll();
    request.onsuccess = () => ok(request.result);
  });
}
