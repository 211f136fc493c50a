/**
 * The typed client of the HTTP API in `packages/server/API.md`. Every call resolves to the
 * answer's JSON or rejects with an {@link ApiError} that says plainly what went wrong: the
 * server's stable `code` and message, a lost connection (`network_error`, status 0) or an answer
 * that was not the JSON the contract promises (`bad_response`). The CSRF token from the session
 * is sent on every state change.
 */
import type {
  FindingCount,
  FindingStatistics as FindingStats,
  Role,
  TimelineEntry,
} from '@probity/server';
import type { Classification, Finding } from '../tracked/classification.js';

// The answers' shapes the server defines itself (types only: nothing of the server is bundled).
export type { FindingCount, FindingStats, Role, TimelineEntry };

export interface User {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
}

export type ReportStatus = 'draft' | 'with_member' | 'cleared' | 'published';

/** A report body as ProseMirror JSON (validated with `parseReport` before use). */
export type Body = Readonly<Record<string, unknown>>;

export interface VersionSummary {
  readonly id: string;
  readonly number: number;
  readonly createdAt: string;
  readonly authorId: string;
  readonly authorName?: string;
  readonly source?: string;
  readonly proposalId?: string | null;
}

export interface Version extends VersionSummary {
  readonly reportId?: string;
  readonly body?: Body;
}

/**
 * What the viewer must do about a report, as the server codes it: `decide_proposal`,
 * `review_report`, `send_proposal`, `resolve_dispute` (unknown codes are shown as they are).
 */
export type Attention = string;

/** A person named on a record. */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly role: Role | null;
}

export interface ReportSummary {
  readonly id: string;
  readonly title: string;
  readonly status: ReportStatus;
  readonly decisionMaker: string;
  readonly author: Person;
  readonly member: Person;
  readonly authorId: string;
  readonly memberId: string;
  readonly keyDecision: boolean;
  readonly statutory: boolean;
  readonly rulebook: string;
  readonly currentVersionId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly attention: Attention | null;
}

export interface Report extends ReportSummary {
  readonly currentVersion: VersionSummary;
  readonly body: Body;
}

/** A finding as the server returns it: the spec's shape plus the attestation words. */
export interface ServerFinding extends Finding {
  readonly attestation?: string;
}

export interface ServerClassification extends Classification {
  readonly findings: readonly ServerFinding[];
}

export interface Dispute {
  readonly id: string;
  readonly proposalId: string;
  readonly findingId: string;
  readonly reason: string;
  readonly status: 'open' | 'upheld' | 'overturned';
  readonly resolution?: string | null;
  readonly resolvedBy?: string | null;
  readonly createdAt: string;
  readonly resolvedAt?: string | null;
}

export interface Decision {
  readonly findingId: string;
  readonly accept: boolean;
  readonly attestation?: string | null;
}

export type ProposalStatus = 'draft' | 'submitted' | 'withdrawn' | 'decided';

export interface Proposal {
  readonly id: string;
  readonly reportId: string;
  readonly memberId: string;
  readonly baseVersionId: string;
  readonly status: ProposalStatus;
  readonly note?: string | null;
  readonly createdAt: string;
  readonly classification: ServerClassification;
  readonly base?: Body;
  readonly proposed?: Body;
  readonly disputes?: readonly Dispute[];
  readonly decisions?: readonly Decision[];
  readonly resultVersionId?: string | null;
  readonly updatedAt?: string;
}

export interface AuditVerification {
  readonly ok: boolean;
  readonly events: number;
  readonly firstBroken?: { readonly seq: number; readonly id: string; readonly reason: string };
}

export interface NewReport {
  readonly title: string;
  readonly decisionMaker: string;
  readonly memberId: string;
  readonly keyDecision: boolean;
  readonly statutory: boolean;
  readonly rulebook?: string;
  readonly body: Body;
}

/** A failed call: `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The version that is current now, when this is a 409 stale-base refusal. */
  get currentVersionId(): string | undefined {
    const details = this.details as { currentVersionId?: unknown } | undefined;
    return typeof details?.currentVersionId === 'string' ? details.currentVersionId : undefined;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The API, one method per route. `fetchImpl` is for tests. */
export class ApiClient {
  private csrfToken: string | null = null;

  constructor(
    private readonly baseUrl = '',
    private readonly fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
  ) {}

  /** Logs in; the session cookie is set by the server. */
  async login(email: string, password: string): Promise<User> {
    const answer = await this.call<{ user: User; csrfToken: string }>('POST', '/api/session', {
      email,
      password,
    });
    this.csrfToken = answer.csrfToken;
    return answer.user;
  }

  /** The logged-in user, or null when nobody is logged in. */
  async currentUser(): Promise<User | null> {
    try {
      const answer = await this.call<{ user: User; csrfToken: string }>('GET', '/api/session');
      this.csrfToken = answer.csrfToken;
      return answer.user;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  }

  async logout(): Promise<void> {
    await this.call('DELETE', '/api/session');
    this.csrfToken = null;
  }

  users(role?: Role): Promise<{ users: User[] }> {
    return this.call('GET', `/api/users${role ? `?role=${encodeURIComponent(role)}` : ''}`);
  }

  reports(): Promise<{ reports: ReportSummary[] }> {
    return this.call('GET', '/api/reports');
  }

  createReport(report: NewReport): Promise<Report> {
    return this.call('POST', '/api/reports', report);
  }

  report(id: string): Promise<Report> {
    return this.call('GET', `/api/reports/${enc(id)}`);
  }

  saveVersion(reportId: string, baseVersionId: string, body: Body): Promise<Version> {
    return this.call('POST', `/api/reports/${enc(reportId)}/versions`, { baseVersionId, body });
  }

  versions(reportId: string): Promise<{ versions: Version[] }> {
    return this.call('GET', `/api/reports/${enc(reportId)}/versions`);
  }

  version(reportId: string, versionId: string): Promise<Version> {
    return this.call('GET', `/api/reports/${enc(reportId)}/versions/${enc(versionId)}`);
  }

  share(reportId: string, versionId: string): Promise<Report> {
    return this.call('POST', `/api/reports/${enc(reportId)}/share`, { versionId });
  }

  publish(reportId: string): Promise<Report> {
    return this.call('POST', `/api/reports/${enc(reportId)}/publish`, {});
  }

  createProposal(
    reportId: string,
    baseVersionId: string,
    body: Body,
    note?: string,
  ): Promise<Proposal> {
    return this.call('POST', `/api/reports/${enc(reportId)}/proposals`, {
      baseVersionId,
      body,
      ...(note ? { note } : {}),
    });
  }

  proposals(reportId: string): Promise<{ proposals: Proposal[] }> {
    return this.call('GET', `/api/reports/${enc(reportId)}/proposals`);
  }

  proposal(id: string): Promise<Proposal> {
    return this.call('GET', `/api/proposals/${enc(id)}`);
  }

  dispute(proposalId: string, findingId: string, reason: string): Promise<Dispute> {
    return this.call('POST', `/api/proposals/${enc(proposalId)}/disputes`, { findingId, reason });
  }

  resolveDispute(
    disputeId: string,
    outcome: 'upheld' | 'overturned',
    reason: string,
  ): Promise<Dispute> {
    return this.call('POST', `/api/disputes/${enc(disputeId)}/resolve`, { outcome, reason });
  }

  submit(proposalId: string): Promise<Proposal> {
    return this.call('POST', `/api/proposals/${enc(proposalId)}/submit`, {});
  }

  /** Withdraws the proposal, or only `findingIds` (the rest stay as a new draft proposal). */
  withdraw(proposalId: string, findingIds?: readonly string[]): Promise<Proposal> {
    return this.call(
      'POST',
      `/api/proposals/${enc(proposalId)}/withdraw`,
      findingIds ? { findingIds } : {},
    );
  }

  /** Open disputes (the council's dispute resolver only). */
  disputes(): Promise<{ disputes: Dispute[] }> {
    return this.call('GET', '/api/disputes');
  }

  rulebooks(): Promise<{ rulebooks: { id: string; council: string }[] }> {
    return this.call('GET', '/api/rulebooks');
  }

  decide(
    proposalId: string,
    decisions: readonly Decision[],
  ): Promise<{ proposal: Proposal; version: Version }> {
    return this.call('POST', `/api/proposals/${enc(proposalId)}/decision`, { decisions });
  }

  timeline(reportId: string): Promise<{ events: TimelineEntry[] }> {
    return this.call('GET', `/api/reports/${enc(reportId)}/timeline`);
  }

  diff(reportId: string, from: string, to: string): Promise<ServerClassification> {
    return this.call(
      'GET',
      `/api/reports/${enc(reportId)}/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    );
  }

  verifyAudit(): Promise<AuditVerification> {
    return this.call('GET', '/api/audit/verify');
  }

  findingStats(): Promise<FindingStats> {
    return this.call('GET', '/api/stats/findings');
  }

  /** Where a report's export lives, for a download link (the browser sends the cookie). */
  exportUrl(reportId: string, format: 'events.json' | 'events.csv' | 'history.html'): string {
    return `${this.baseUrl}/api/reports/${enc(reportId)}/${format}`;
  }

  private async call<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const sent = JSON.stringify(body);
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body: sent }),
      });
    } catch {
      throw new ApiError(
        0,
        'network_error',
        'Could not reach the Probity server. Check your connection; nothing you have typed is lost.',
      );
    }
    if (response.status === 204) return undefined as T;
    let payload: unknown;
    try {
      payload = await response.json();
    } catch {
      throw new ApiError(
        response.status,
        response.ok ? 'bad_response' : 'server_error',
        response.ok
          ? `The server's answer to ${method} ${path} was not JSON.`
          : `The server answered ${response.status} ${response.statusText || ''}`.trim() + '.',
      );
    }
    if (!response.ok) throw errorOf(response.status, payload);
    return payload as T;
  }
}

function errorOf(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } })
    ?.error;
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`;
  const message =
    typeof error?.message === 'string' && error.message
      ? error.message
      : `The server answered ${status}.`;
  return new ApiError(status, code, message, error?.details);
}

function enc(id: string): string {
  return encodeURIComponent(id);
}
