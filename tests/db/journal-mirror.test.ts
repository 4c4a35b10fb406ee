// @vitest-environment jsdom
// As the page goes away, changes still on their way to IndexedDB are also copied to localStorage, which
// the browser keeps even when it cancels the closing page's IndexedDB requests; the copies are applied
// like journal entries, and removed once a change is written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAssessment, getAnswers, saveAnswer } from '../../src/db/assessments-repo';
import { db, journalLeftKey, journalMirrorPrefix } from '../../src/db/database';
import { replayAnswerJournal } from '../../src/db/journal-replay';

const ruleSet = { id: 'mdr-2017-745', version: '1.0.0' };

const copies = () => Object.keys(localStorage).filter((key) => key.startsWith(journalMirrorPrefix));

beforeEach(async () => {
  localStorage.clear();
  await Promise.all([db.answers.clear(), db.assessments.clear(), db.answerJournal.clear()]);
});

afterEach(() => {
  // The page is shown again (as from the back/forward cache): no longer going away.
  window.dispatchEvent(new Event('pageshow'));
});

/** Another tab's read of the answers table, kept going until released, so a write waits behind it. */
async function holdAnswers(): Promise<() => void> {
  const other = await new Promise<IDBDatabase>((ok, bad) => {
    const open = indexedDB.open(db.name);
    open.onsuccess = () => ok(open.result);
    open.onerror = () => bad(open.error);
  });
  let holding = true;
  const store = other.transaction('answers').objectStore('answers');
  const spin = () => {
    if (holding) store.count().onsuccess = spin;
    else other.close();
  };
  spin();
  return () => {
    holding = false;
  };
}

describe('journal copies in localStorage', () => {
  it('copies a change still under way when the page goes away, tells other tabs, and removes the copy once written', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    await db.open();
    await getAnswers(id);
    const release = await holdAnswers();
    const write = saveAnswer(id, 'pms.plan', { status: 'not_met' });
    expect(copies()).toEqual([]);

    window.dispatchEvent(new Event('pagehide'));
    // A text field's last save, made while the page goes away, is copied too.
    const lastSave = saveAnswer(id, 'pms.plan', { note: 'Typed as the tab closed' });
    expect(copies()).toHaveLength(2);
    const copied = copies().map((key) => JSON.parse(localStorage.getItem(key)!) as { patch: object });
    expect(copied.map((row) => row.patch)).toEqual(expect.arrayContaining([{ status: 'not_met' }, { note: 'Typed as the tab closed' }]));
    expect(localStorage.getItem(journalLeftKey)).not.toBeNull();

    release();
    expect(await Promise.all([write, lastSave])).toEqual([{ ok: true }, { ok: true }]);
    expect(copies()).toEqual([]);
    expect((await getAnswers(id))[0]).toMatchObject({ status: 'not_met', note: 'Typed as the tab closed' });
  });

  it('applies a change found only as a copy when the database opens, and drops a damaged copy', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet }, [{ itemId: 'pms.plan', status: 'partial' }]);
    const later = new Date(Date.now() + 1000).toISOString();
    // The page's IndexedDB entry was cancelled with it; its copy survived.
    const row = { id: '0zzzzzzzz-0001-abcdef12', assessmentId: id, itemId: 'pms.plan', patch: { note: 'From the copy' }, at: later };
    localStorage.setItem(journalMirrorPrefix + row.id, JSON.stringify(row));
    localStorage.setItem(`${journalMirrorPrefix}damaged`, '{"id": "damaged", "patch": ');
    localStorage.setItem(`${journalMirrorPrefix}wrong-shape`, JSON.stringify({ id: 'wrong-shape', assessmentId: id, itemId: 'pms.plan', patch: 'note', at: later }));
    // A time that is not one would otherwise look newer than any stored answer.
    localStorage.setItem(`${journalMirrorPrefix}bad-time`, JSON.stringify({ id: 'bad-time', assessmentId: id, itemId: 'pms.plan', patch: { note: 'x' }, at: 'zzz' }));
    localStorage.setItem(`${journalMirrorPrefix}bad-profile`, JSON.stringify({ id: 'bad-profile', assessmentId: id, assessment: { title: 7 }, at: later }));

    db.close();
    await db.open();
    expect((await getAnswers(id))[0]).toMatchObject({ status: 'partial', note: 'From the copy', updatedAt: later });
    expect((await db.assessments.get(id))!).toMatchObject({ title: '', updatedAt: later });
    expect(copies()).toEqual([]);
    expect(await db.answerJournal.count()).toBe(0);
  });

  it('does not apply a copy over an answer written at its time or later', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    await db.open();
    await saveAnswer(id, 'pms.plan', { note: 'Newer' });
    const row = { id: '000000001-0001-abcdef12', assessmentId: id, itemId: 'pms.plan', patch: { note: 'Older copy' }, at: '2026-01-01T00:00:00.000Z' };
    localStorage.setItem(journalMirrorPrefix + row.id, JSON.stringify(row));
    expect(await replayAnswerJournal()).toBe(0);
    expect((await getAnswers(id))[0]).toMatchObject({ note: 'Newer' });
    expect(copies()).toEqual([]);
  });
});
