import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@probity/server';
import { launchBrowser, screenshot, type BrowserSession } from './browser.js';

describe('smoke', () => {
  let server: RunningServer;
  let session: BrowserSession;
  beforeAll(async () => {
    server = await startServer({ port: 0 });
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('opens Probity in Chromium', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url);
    expect(await page.textContent('h1')).toBe('Probity');
    await screenshot(page, 'smoke', 'home');
  });
});
