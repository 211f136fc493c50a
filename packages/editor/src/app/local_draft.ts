/**
 * Unsaved work kept in this browser until the server has it: a report body being drafted or a
 * proposal being suggested, with the version it was based on and when it was last touched.
 * Storage can be full or disabled (private windows); then saving fails quietly and returns false
 * so the page can say the draft is not kept locally.
 */
import type { Body } from '../api/client.js';

export interface LocalDraft {
  readonly baseVersionId: string;
  readonly body: Body;
  readonly savedAt: string;
  readonly note?: string;
  /** Disputes written but not yet sent: finding id → reason. */
  readonly disputes?: Readonly<Record<string, string>>;
}

const PREFIX = 'probity:draft:';

/** The key of a user's draft of one kind for one report. */
export function draftKey(userId: string, kind: 'version' | 'proposal', reportId: string): string {
  return `${PREFIX}${userId}:${kind}:${reportId}`;
}

/** Keeps `draft` under `key`; false when the browser would not store it. */
export function saveLocalDraft(key: string, draft: LocalDraft): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** The draft under `key`, or null when there is none or it is unreadable. */
export function loadLocalDraft(key: string): LocalDraft | null {
  let text: string | null;
  try {
    text = localStorage.getItem(key);
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<LocalDraft>;
    if (
      typeof value.baseVersionId === 'string' &&
      typeof value.savedAt === 'string' &&
      typeof value.body === 'object' &&
      value.body !== null
    ) {
      return value as LocalDraft;
    }
  } catch {
    // A corrupt entry is treated as no draft.
  }
  return null;
}

/** Forgets the draft under `key` (the server has it now). */
export function clearLocalDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to do: storage is unavailable, so there was nothing kept.
  }
}
