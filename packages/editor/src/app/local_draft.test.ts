import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearLocalDraft, draftKey, loadLocalDraft, saveLocalDraft } from './local_draft.js';

const draft = { baseVersionId: 'v1', body: { type: 'doc' }, savedAt: '2026-11-22T08:00:00Z' };

describe('local drafts', () => {
  afterEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('keeps a draft per user, kind and report until cleared', () => {
    const key = draftKey('u1', 'proposal', 'r1');
    expect(saveLocalDraft(key, draft)).toBe(true);
    expect(loadLocalDraft(key)).toEqual(draft);
    expect(loadLocalDraft(draftKey('u2', 'proposal', 'r1'))).toBeNull();
    clearLocalDraft(key);
    expect(loadLocalDraft(key)).toBeNull();
  });

  it('treats a corrupt or foreign entry as no draft', () => {
    localStorage.setItem('k1', '{not json');
    localStorage.setItem('k2', JSON.stringify({ body: 'x' }));
    expect(loadLocalDraft('k1')).toBeNull();
    expect(loadLocalDraft('k2')).toBeNull();
  });

  it('says so when the browser will not store it (storage full or disabled)', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(saveLocalDraft('k', draft)).toBe(false);
  });
});
