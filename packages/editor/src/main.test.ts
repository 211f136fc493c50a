import { describe, expect, it } from 'vitest';

describe('main', () => {
  it('renders the app shell into #app', async () => {
    document.body.innerHTML = '<main id="app"></main>';
    await import('./main.js');
    expect(document.querySelector('h1')?.textContent).toBe('Probity');
  });
});
