/**
 * Launches Debian's Chromium through playwright-core with the flags this machine needs (no
 * sandbox as root, no background networking on a closed network). Playwright gives every launch
 * a fresh temporary profile (its own --user-data-dir), removed on close.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../screenshots');

export interface BrowserSession {
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** Saves a full-page screenshot as `screenshots/<journey>/<step>.png`. */
export async function screenshot(page: Page, journey: string, step: string): Promise<void> {
  const dir = join(SCREENSHOTS, journey);
  mkdirSync(dir, { recursive: true });
  // Sticky toolbars and panels are drawn where the viewport is: start the full page at the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(dir, `${step}.png`), fullPage: true });
}
