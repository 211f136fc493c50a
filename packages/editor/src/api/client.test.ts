import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError } from './client.js';

function reply(status: number, body: unknown, init: { json?: boolean } = {}): typeof fetch {
  return async () =>
    new Response(init.json === false ? String(body) : JSON.stringify(body), {
      status,
      headers: { 'content-type': init.json === false ? 'text/html' : 'application/json' },
    });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('ApiClient', () => {
  it("turns the server's error body into an ApiError with its code, message and details", async () => {
    const client = new ApiClient(
      '',
      reply(409, {
        error: {
          code: 'stale_base',
          message: 'The report has a newer version.',
          details: { currentVersionId: 'v7' },
        },
      }),
    );
    const error = await failure(client.saveVersion('r1', 'v6', { type: 'doc' }));
    expect(error.status).toBe(409);
    expect(error.code).toBe('stale_base');
    expect(error.message).toBe('The report has a newer version.');
    expect(error.currentVersionId).toBe('v7');
  });

  it('says the server could not be reached when the connection fails', async () => {
    const client = new ApiClient('', async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await failure(client.reports());
    expect(error.status).toBe(0);
    expect(error.code).toBe('network_error');
    expect(error.message).toMatch(/nothing you have typed is lost/);
  });

  it('reports an error page that is not JSON plainly, without its markup', async () => {
    const client = new ApiClient(
      '',
      reply(502, '<html><script>x()</script>Bad gateway</html>', { json: false }),
    );
    const error = await failure(client.reports());
    expect(error.status).toBe(502);
    expect(error.code).toBe('server_error');
    expect(error.message).not.toContain('<');
  });

  it('treats 401 from the session route as nobody logged in', async () => {
    const client = new ApiClient(
      '',
      reply(401, { error: { code: 'unauthenticated', message: 'Log in.' } }),
    );
    expect(await client.currentUser()).toBeNull();
  });

  it('sends the CSRF token from the session on state changes, and not on reads', async () => {
    const seen: { method: string; token: string | null }[] = [];
    const client = new ApiClient('', async (_url, init) => {
      const headers = new Headers(init?.headers);
      seen.push({ method: init?.method ?? 'GET', token: headers.get('x-csrf-token') });
      const body =
        init?.method === 'POST' && seen.length === 1
          ? { user: { id: 'u1', name: 'A', email: 'a@x', role: 'officer' }, csrfToken: 'tok' }
          : { reports: [] };
      return new Response(JSON.stringify(body), { status: 200 });
    });
    await client.login('a@x', 'pw');
    await client.reports();
    await client.publish('r1');
    expect(seen.map((s) => [s.method, s.token])).toEqual([
      ['POST', null],
      ['GET', null],
      ['POST', 'tok'],
    ]);
  });

  it('encodes ids in paths so an id cannot reach another route', async () => {
    let url = '';
    const client = new ApiClient('', async (input) => {
      url = String(input);
      return new Response('{}', { status: 200 });
    });
    await client.report('../audit/verify');
    expect(url).toBe('/api/reports/..%2Faudit%2Fverify');
  });
});
