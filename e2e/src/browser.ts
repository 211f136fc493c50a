/**
 * The browser the journeys drive: Debian's Chromium, started by the server's `launchChromium`
 * (the flags this machine needs, a fresh profile per launch), and where their screenshots go.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '@probity/server';

export const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../screenshots');

export interface BrowserSession {
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<BrowserSession> {
  const browser = await launchChromium();
  return { browser, close: () => browser.close() };
}

/** Saves a full-page screenshot as `screenshots/<journey>/<step>.png`. */
export async function screenshot(page: Page, journey: string, step: string): Promise<void> {
  const dir = join(SCREENSHOTS, journey);
  mkdirSync(dir, { recursive: true });
  // Sticky toolbars and panels are drawn where the viewport is: start the full page at the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(dir, `${step}.png`), fullPage: true });
}
