import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestServer, type TestServer } from './harness.js';

describe('the server', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('answers /healthz', async () => {
    const res = await t.anonymous().get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('serves the built web app at / and at deep links, with assets', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'probity-dist-'));
    writeFileSync(
      join(directory, 'index.html'),
      '<!doctype html><title>Probity</title><main id="app"></main>',
    );
    writeFileSync(join(directory, 'app.js'), 'console.log(1)');
    const app = await startTestServer({ editorDist: directory });
    try {
      for (const path of ['/', '/reports/123']) {
        const res = await app.anonymous().get(path);
        expect(res.status).toBe(200);
        expect(res.text).toContain('<main id="app">');
      }
      expect((await app.anonymous().get('/app.js')).text).toBe('console.log(1)');
    } finally {
      await app.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('serves a plain page with the Probity heading when the web app is not built', async () => {
    const app = await startTestServer({ editorDist: join(tmpdir(), 'probity-no-such-dist') });
    try {
      const res = await app.anonymous().get('/');
      expect(res.status).toBe(200);
      expect(res.text).toContain('<h1>Probity</h1>');
    } finally {
      await app.close();
    }
  });

  it('sends security headers with a CSP that only allows its own scripts', async () => {
    const res = await t.anonymous().get('/');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('has nothing of the API kept in any cache: no-store, and no ETag to revalidate with', async () => {
    const client = await t.as('officer');
    for (const res of [await client.get('/api/reports'), await t.anonymous().get('/api/reports')]) {
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('etag')).toBeNull();
    }
  });

  it('serves the OpenAPI document generated from the schemas', async () => {
    const res = await t.anonymous().get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/session',
        '/api/reports',
        '/api/reports/{id}/proposals',
        '/api/proposals/{id}/decision',
        '/api/audit/verify',
      ]),
    );
    expect(
      res.body.paths['/api/reports'].post.requestBody.content['application/json'].schema,
    ).toBeDefined();
  });

  it('answers unknown API paths with 404 JSON, not the web app', async () => {
    const res = await t.anonymous().get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('unknown_route');
  });

  describe('sessions', () => {
    it('logs in, sets an httpOnly SameSite=Strict cookie, and returns the user and a CSRF token', async () => {
      const client = t.anonymous();
      const res = await client.post('/api/session', {
        email: 'officer@council.test',
        password: PASSWORD,
      });
      expect(res.status).toBe(200);
      expect(res.body.user).toEqual({
        id: t.users.officer.id,
        name: 'Test officer',
        email: 'officer@council.test',
        role: 'officer',
      });
      expect(res.body.user.passwordHash).toBeUndefined();
      expect(typeof res.body.csrfToken).toBe('string');
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^probity_session=/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect((await client.get('/api/session')).body.user.role).toBe('officer');
    });

    it('refuses a wrong password and an unknown email alike', async () => {
      const wrong = await t
        .anonymous()
        .post('/api/session', { email: 'officer@council.test', password: 'nope' });
      const unknown = await t
        .anonymous()
        .post('/api/session', { email: 'nobody@council.test', password: 'nope' });
      expect([wrong.status, unknown.status]).toEqual([401, 401]);
      expect(wrong.body.error.code).toBe('invalid_credentials');
      expect(unknown.body).toEqual(wrong.body);
    });

    it('answers 401 without a session', async () => {
      const res = await t.anonymous().get('/api/reports');
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    });

    it('refuses a state change without the CSRF token', async () => {
      const client = await t.as('officer');
      const res = await client.request('DELETE', '/api/session', undefined, {
        'x-csrf-token': 'forged',
      });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('csrf_failed');
    });

    it('logs out and forgets the session', async () => {
      const client = t.anonymous();
      await client.post('/api/session', { email: 'admin@council.test', password: PASSWORD });
      expect((await client.delete('/api/session')).status).toBe(204);
      expect((await client.get('/api/session')).status).toBe(401);
    });
  });
});

describe('behind a TLS-terminating proxy', () => {
  it('marks the session cookie Secure when the proxy says the request came over https', async () => {
    const t = await startTestServer({ trustProxy: true });
    try {
      const res = await t
        .anonymous()
        .request(
          'POST',
          '/api/session',
          { email: 'officer@council.test', password: PASSWORD },
          { 'x-forwarded-proto': 'https' },
        );
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
      const plain = await t
        .anonymous()
        .post('/api/session', { email: 'officer@council.test', password: PASSWORD });
      expect(plain.headers.get('set-cookie')).not.toMatch(/; Secure/);
    } finally {
      await t.close();
    }
  });
});

describe('login rate limit', () => {
  it('answers 429 after too many failed logins for one account from one address', async () => {
    const t = await startTestServer({ loginLimit: { attempts: 3, windowMs: 60_000 } });
    try {
      const client = t.anonymous();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push(
          (
            await client.post('/api/session', {
              email: 'officer@council.test',
              password: `guess ${i}`,
            })
          ).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const limited = await client.post('/api/session', {
        email: 'officer@council.test',
        password: PASSWORD,
      });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('too_many_attempts');
      // Another account is not locked out by someone guessing this one.
      expect(
        (
          await t
            .anonymous()
            .post('/api/session', { email: 'admin@council.test', password: PASSWORD })
        ).status,
      ).toBe(200);
    } finally {
      await t.close();
    }
  });
});
