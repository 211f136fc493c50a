/**
 * Integration-test harness: the real app, started in-process on port 0 against a fresh SQLite
 * file, with one user per role (and a second officer and cabinet member, to test strangers), and
 * a small HTTP client that keeps the session cookie and sends the CSRF token.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYSTEM_ACTOR } from '../src/audit_context.js';
import { startServer, type RunningServer, type StartOptions } from '../src/app.js';
import { createUser } from '../src/commands/user_commands.js';
import type { UserRecord } from '../src/db/store.js';
import type { Role } from '../src/roles.js';
import { newReport } from './documents.js';

export const PASSWORD = 'correct horse battery staple';

/** The people every test server has. */
export const PEOPLE = {
  officer: 'officer',
  otherOfficer: 'officer',
  member: 'cabinet_member',
  otherMember: 'cabinet_member',
  chair: 'chair',
  democratic: 'democratic_services',
  monitoring: 'monitoring_officer',
  hops: 'head_of_paid_service',
  admin: 'admin',
} as const satisfies Record<string, Role>;

export type Person = keyof typeof PEOPLE;

export interface TestServer {
  readonly server: RunningServer;
  readonly url: string;
  readonly databasePath: string;
  readonly users: Readonly<Record<Person, UserRecord>>;
  /** A logged-in client for `person`. */
  as(person: Person): Promise<Client>;
  /** A client with no session. */
  anonymous(): Client;
  close(): Promise<void>;
}

/** Starts a server on a temporary database with the {@link PEOPLE}. */
export async function startTestServer(options: Partial<StartOptions> = {}): Promise<TestServer> {
  const directory = mkdtempSync(join(tmpdir(), 'probity-test-'));
  const databasePath = join(directory, 'probity.sqlite');
  const server = await startServer({
    port: 0,
    databasePath,
    logLevel: 'silent',
    loginLimit: { attempts: 1000, windowMs: 60_000 },
    ...options,
  });
  const users = {} as Record<Person, UserRecord>;
  for (const [person, role] of Object.entries(PEOPLE) as [Person, Role][]) {
    users[person] = await createUser(server.store, SYSTEM_ACTOR, {
      email: `${person}@council.test`,
      name: `Test ${person}`,
      role,
      password: PASSWORD,
    });
  }
  const clients = new Map<Person, Client>();
  return {
    server,
    url: server.url,
    databasePath,
    users,
    async as(person) {
      const known = clients.get(person);
      if (known) return known;
      const client = new Client(server.url);
      const res = await client.post('/api/session', {
        email: `${person}@council.test`,
        password: PASSWORD,
      });
      if (res.status !== 200)
        throw new Error(`login as ${person} failed: ${res.status} ${JSON.stringify(res.body)}`);
      clients.set(person, client);
      return client;
    },
    anonymous: () => new Client(server.url),
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** A response: status, headers and parsed body (JSON when it is JSON, text otherwise). */
export interface Answer<T = any> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  readonly text: string;
}

/** An HTTP client that keeps its session cookie and sends the CSRF token on state changes. */
export class Client {
  private cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(readonly baseUrl: string) {}

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body);
  delete = (path: string) => this.request('DELETE', path);

  /** Sends a request; `body` is JSON unless it is already a string or bytes (sent as is, as JSON). */
  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      body:
        body === undefined
          ? undefined
          : typeof body === 'string'
            ? body
            : body instanceof Uint8Array
              ? (body as Uint8Array<ArrayBuffer>)
              : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('application/json'))
      parsed = JSON.parse(text);
    const answer = { status: res.status, headers: res.headers, body: parsed as any, text };
    if (path === '/api/session' && method === 'POST' && res.status === 200)
      this.csrfToken = answer.body.csrfToken;
    return answer;
  }
}

/**
 * A report by the officer for the member, with `body` (the standard test report by default), its
 * first version shared with the member for review.
 */
export async function sharedReport(
  t: TestServer,
  body?: unknown,
): Promise<{ reportId: string; versionId: string }> {
  const officer = await t.as('officer');
  const created = await officer.post('/api/reports', newReport(t.users.member.id, body));
  const reportId = created.body.id as string;
  const versionId = created.body.currentVersion.id as string;
  await officer.post(`/api/reports/${reportId}/share`, { versionId });
  return { reportId, versionId };
}
