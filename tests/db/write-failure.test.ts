// A full disk or refused write: the user is told why, nothing is half-written, and the write is retried.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAssessment, exportAssessmentRecord, getAnswers, importRecords, saveAnswer, saveProfile } from '../../src/db/assessments-repo';
import { db } from '../../src/db/database';
import { saveSettings } from '../../src/db/settings-repo';
import { profileSchema } from '../../src/domain/profile';
import { defaultSettings } from '../../src/domain/settings';
import { retryFailedWrites, trackWrite, useSaveStatus } from '../../src/stores/save-status';

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const ruleSet = { id: 'mdr-2017-745', version: '1.0.0' };

/**
 * The browser refusing writes to one object store, as a full disk does. Answers are written on the
 * native IndexedDB transaction (not through Dexie's tables), so the refusal is made there.
 */
function refuseWrites(storeName: string, error: unknown = quotaExceeded(), times = Number.POSITIVE_INFINITY) {
  const put = IDBObjectStore.prototype.put;
  let left = times;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === storeName && left > 0) {
      left -= 1;
      throw error;
    }
    return put.apply(this, args);
  });
}

beforeEach(async () => {
  await Promise.all([db.answers.clear(), db.assessments.clear(), db.settings.clear()]);
  useSaveStatus.setState({ pending: 0, state: { kind: 'idle' }, retries: new Map() });
});
afterEach(() => vi.restoreAllMocks());

describe('when the browser storage is full', () => {
  it('says that the storage is full and what to do, instead of a technical error', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    refuseWrites('answers');
    const result = await saveAnswer(id, 'prrc.designated', { status: 'met' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/browser storage for this site is full/);
    expect(!result.ok && result.error).toMatch(/export a backup and delete old assessments/);
  });

  it('also recognises a quota error that Dexie wrapped in an abort error', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quotaExceeded() });
    vi.spyOn(db.assessments, 'update').mockRejectedValue(wrapped);
    const result = await saveProfile(id, profileSchema.parse({ companyName: 'Acme SARL' }));
    expect(!result.ok && result.error).toMatch(/storage for this site is full/);
  });

  it('leaves no half-written answer: the answer and the assessment date change together or not at all', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet }, [{ itemId: 'prrc.designated', status: 'partial', note: 'before' }]);
    const before = await exportAssessmentRecord(id);
    // The answer row is written, then the assessment's updatedAt fails: the whole transaction rolls back.
    refuseWrites('assessments');
    const result = await saveAnswer(id, 'prrc.designated', { status: 'met', note: 'after' });
    expect(result.ok).toBe(false);
    vi.restoreAllMocks();
    expect(await exportAssessmentRecord(id)).toEqual(before);
  });

  it('shows "Not saved" with the reason, keeps the write and saves it on retry once space is free', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    const put = refuseWrites('answers');
    await trackWrite(`${id}:prrc.designated:note`, () => saveAnswer(id, 'prrc.designated', { note: 'Typed on the train' }));
    const failed = useSaveStatus.getState();
    expect(failed.state).toEqual({ kind: 'error', error: expect.stringMatching(/storage for this site is full/) });
    expect(failed.retries.size).toBe(1);
    expect(await getAnswers(id)).toEqual([]);

    put.mockRestore();
    await retryFailedWrites();
    expect(useSaveStatus.getState().state.kind).toBe('saved');
    expect(useSaveStatus.getState().retries.size).toBe(0);
    expect(await getAnswers(id)).toEqual([expect.objectContaining({ itemId: 'prrc.designated', note: 'Typed on the train' })]);
  });

  it('keeps showing the failure while another field saves fine, until the failed write is retried', async () => {
    const id = await createAssessment({ profile: { companyName: 'Acme' }, ruleSet });
    const put = refuseWrites('answers', quotaExceeded(), 1);
    await trackWrite('a', () => saveAnswer(id, 'prrc.designated', { note: 'first' }));
    expect(put).toHaveBeenCalledTimes(1);
    await trackWrite('b', () => saveAnswer(id, 'qms.iso13485', { note: 'second' }));
    expect(useSaveStatus.getState().state.kind).toBe('error');
    await retryFailedWrites();
    expect(useSaveStatus.getState().state.kind).toBe('saved');
    expect((await getAnswers(id)).map((a) => a.note).sort()).toEqual(['first', 'second']);
  });

  it('a failed settings write names the full storage too and keeps the old settings', async () => {
    await saveSettings({ ...defaultSettings, internalDayRate: 500 });
    vi.spyOn(db.settings, 'put').mockRejectedValue(quotaExceeded());
    const result = await saveSettings({ ...defaultSettings, internalDayRate: 900 });
    expect(!result.ok && result.error).toMatch(/storage for this site is full/);
    vi.restoreAllMocks();
    expect((await db.settings.get('settings'))?.internalDayRate).toBe(500);
  });

  it('an import that runs out of space midway writes none of its assessments', async () => {
    const template = (await exportAssessmentRecord(await createAssessment({ profile: { companyName: 'Template' }, ruleSet }, [{ itemId: 'prrc.designated', status: 'met' }])))!;
    await db.assessments.clear();
    await db.answers.clear();
    const records = ['imp-1', 'imp-2', 'imp-3'].map((id) => ({ ...template, id }));
    const bulkPut = db.answers.bulkPut.bind(db.answers);
    let calls = 0;
    vi.spyOn(db.answers, 'bulkPut').mockImplementation(((rows: Parameters<typeof bulkPut>[0]) => {
      calls += 1;
      return calls === 3 ? Promise.reject(quotaExceeded()) : bulkPut(rows);
    }) as typeof bulkPut);
    await expect(importRecords(records)).rejects.toMatchObject({ name: expect.stringMatching(/QuotaExceededError|AbortError/) });
    expect(calls).toBe(3);
    expect(await db.assessments.count()).toBe(0);
    expect(await db.answers.count()).toBe(0);
  });
});
