/**
 * Starts Debian's Chromium through playwright-core with the flags this kind of machine needs:
 * headless, no sandbox (the tests and the server may run as root), and no background networking
 * (the machine's network is closed, and Chromium's own calls home would only fail). Playwright
 * gives every launch a fresh temporary profile, removed when the browser closes. The PDF printer,
 * the browser tests and the editor's benchmark all start Chromium here.
 */
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is; `CHROMIUM_PATH` overrides. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A new headless Chromium. Rejects, naming the path, if it cannot be started. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}
