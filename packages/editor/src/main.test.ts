import { afterEach, describe, expect, it, vi } from 'vitest';

describe('main', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the login page, headed Probity, when nobody is logged in', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'Log in.' } }), {
          status: 401,
        }),
    );
    await import('./main.js');
    await vi.waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Probity'));
    expect(document.querySelector('label[for=login-email]')?.textContent).toBe('Email address');
    expect(location.pathname).toBe('/login');
  });
});
