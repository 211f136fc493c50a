/**
 * The Word and PDF routes of `packages/server/API.md`, for the browser: import a `.docx` as a
 * report body with tags to confirm, apply the confirmed tags, propose a member's tracked changes,
 * and the download addresses of a version's `.docx` and PDF and a proposal's `.docx`. Failures
 * reject with the app's {@link ApiError}, carrying the server's code and message.
 */
import { ApiError, type Body } from '../api/client.js';

/** The media type of a `.docx`. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The tag a paragraph would take (the server's `tag`). */
export type ProposedTag =
  | { readonly type: 'opinion'; readonly officer: string }
  | { readonly type: 'statement'; readonly kind: string; readonly officer: string }
  | { readonly type: 'consultation'; readonly source: string };

export interface TagSuggestion {
  readonly blockId: string;
  readonly section: string;
  readonly text: string;
  readonly tag: ProposedTag;
  readonly cue: string;
  readonly reason: string;
}

export interface DroppedItem {
  readonly kind: string;
  readonly where: string;
  readonly detail: string;
}

export interface ImportedReport {
  readonly title?: string;
  readonly body: Body;
  readonly suggestions: readonly TagSuggestion[];
  readonly dropped: readonly DroppedItem[];
}

/** Where a version's `.docx` is downloaded; `trackChanges` turns Word's Track Changes on in it. */
export const versionDocxUrl = (reportId: string, versionId: string, trackChanges = false): string =>
  `/api/reports/${encodeURIComponent(reportId)}/versions/${encodeURIComponent(versionId)}/docx${trackChanges ? '?trackChanges=true' : ''}`;
/** Where a version's PDF is downloaded. */
export const versionPdfUrl = (reportId: string, versionId: string): string =>
  `/api/reports/${encodeURIComponent(reportId)}/versions/${encodeURIComponent(versionId)}/pdf`;
/** Where a proposal's `.docx` (tracked changes and comments) is downloaded. */
export const proposalDocxUrl = (proposalId: string): string =>
  `/api/proposals/${encodeURIComponent(proposalId)}/docx`;

/** The Word calls. `fetchImpl` is for tests. */
export class WordApi {
  constructor(
    private readonly baseUrl = '',
    private readonly fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
  ) {}

  /** Reads `file` as a report; saves nothing. */
  importDocx(file: Blob): Promise<ImportedReport> {
    return this.call('/api/reports/import', { body: file, type: DOCX_TYPE });
  }

  /** `body` with the confirmed tags applied. */
  applyTags(
    body: Body,
    confirmations: readonly { readonly blockId: string; readonly tag: ProposedTag }[],
  ): Promise<{ readonly body: Body }> {
    return this.call('/api/reports/import/tags', {
      body: JSON.stringify({ body, confirmations }),
      type: 'application/json',
    });
  }

  /** Proposes the tracked changes in `file`, a `.docx` of version `baseVersionId`. */
  proposeFromDocx(
    reportId: string,
    baseVersionId: string,
    file: Blob,
  ): Promise<{ readonly id: string; readonly word: { readonly untracked: readonly string[] } }> {
    const query = `?baseVersionId=${encodeURIComponent(baseVersionId)}`;
    return this.call(`/api/reports/${encodeURIComponent(reportId)}/proposals/docx${query}`, {
      body: file,
      type: DOCX_TYPE,
    });
  }

  private async csrfToken(): Promise<string> {
    const answer = await this.send('GET', '/api/session');
    const token = (answer as { csrfToken?: unknown }).csrfToken;
    if (typeof token !== 'string') throw new ApiError(0, 'bad_response', 'No session token.');
    return token;
  }

  private async call<T>(path: string, payload: { body: BodyInit; type: string }): Promise<T> {
    const token = await this.csrfToken();
    return (await this.send('POST', path, payload, token)) as T;
  }

  private async send(
    method: 'GET' | 'POST',
    path: string,
    payload?: { body: BodyInit; type: string },
    token?: string,
  ): Promise<unknown> {
    let res: Response;
    try {
      res = await this.fetchImpl(this.baseUrl + path, {
        method,
        credentials: 'same-origin',
        headers: {
          ...(payload ? { 'content-type': payload.type } : {}),
          ...(token ? { 'x-csrf-token': token } : {}),
        },
        ...(payload ? { body: payload.body } : {}),
      });
    } catch {
      throw new ApiError(
        0,
        'network_error',
        'The server could not be reached. Check the connection and try again.',
      );
    }
    let answer: unknown;
    try {
      answer = await res.json();
    } catch {
      throw new ApiError(
        res.status,
        'bad_response',
        `The server answered ${res.status} without JSON.`,
      );
    }
    if (!res.ok) {
      const error = (answer as { error?: { code?: string; message?: string; details?: unknown } })
        .error;
      throw new ApiError(
        res.status,
        error?.code ?? 'bad_response',
        error?.message ?? `The server answered ${res.status}.`,
        error?.details,
      );
    }
    return answer;
  }
}
