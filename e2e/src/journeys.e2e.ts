/**
 * The three journeys of a report through Probity, in real Chromium against the real server (a
 * fresh temporary database, the demo council's people): an officer drafts and shares a report;
 * the Cabinet Member suggests changes, sees which the protocol forbids, reverts them and sends
 * the rest; the officer decides each change, attests a review item and publishes; democratic
 * services reads the history, verifies the audit chain and downloads the history statement.
 * Each step saves a screenshot under `screenshots/<journey>/`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '@probity/server';
import { launchBrowser, screenshot, SCREENSHOTS, type BrowserSession } from './browser.js';

const PASSWORD = 'probity-demo';
const TITLE = 'Future of the library service';

let server: RunningServer;
let session: BrowserSession;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'probity-e2e-'));
  server = await startServer({
    port: 0,
    databasePath: join(dataDir, 'probity.sqlite'),
    demo: true,
    logLevel: 'silent',
  });
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function logIn(email: string): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  page.on('pageerror', (error) => console.error(`page error (${email}): ${error.message}`));
  await page.goto(server.url);
  await page.fill('#login-email', email);
  await page.fill('#login-password', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForSelector('h1:has-text("My reports")');
  return page;
}

/** Puts the caret in `selector`'s text and replaces the text of its (one-line) paragraph. */
async function retype(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type(text);
}

/** Replaces the words `from` with `to` inside the element `selector`: selects them, then types. */
async function replaceWords(page: Page, selector: string, from: string, to: string): Promise<void> {
  await page.evaluate(
    ({ sel, word }) => {
      const root = document.querySelector(sel);
      const selection = window.getSelection();
      if (!root || !selection) throw new Error(`no ${sel}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(word);
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          selection.removeAllRanges();
          selection.addRange(range);
          return;
        }
      }
      throw new Error(`no "${word}" in ${sel}`);
    },
    { sel: selector, word: from },
  );
  await settle(page);
  await page.keyboard.type(to);
}

/**
 * ProseMirror learns of a selection made by clicking or by the browser's own keys (End, Home)
 * from the next `selectionchange` event; a person never presses its own keys (Enter, Esc) within
 * the same millisecond, but a script can, so it waits for that event to have been handled.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(100);
}

const section = (kind: string) => `.pm-editor .pm-section[data-kind=${kind}]`;

describe('journeys', () => {
  it('an officer drafts a report and shares it with the Cabinet Member', async () => {
    const page = await logIn('officer@probity.test');
    await screenshot(page, 'officer-drafts', '01-my-reports');
    await page.click('a:has-text("New report")');
    await page.fill('#report-title', TITLE);
    await page.selectOption('#report-member', { label: 'Cllr Tom Ellis (Cabinet Member)' });
    await page.check('#report-key');
    await screenshot(page, 'officer-drafts', '02-new-report');
    await page.click('button:has-text("Create report")');
    await page.waitForSelector('.pm-editor');
    expect(await page.textContent('h1')).toBe(TITLE);

    await retype(
      page,
      `${section('purpose')} p`,
      'To decide how the library service should change to meet its budget.',
    );
    await retype(
      page,
      `${section('recommendations')} .pm-protected-recommendation p`,
      'That Cabinet approves Option 1.',
    );
    await retype(
      page,
      `${section('reasons')} p`,
      'Option 1 keeps every branch open within the budget.',
    );
    await retype(
      page,
      `${section('options')} .pm-protected-option >> nth=0 >> p`,
      'Keep all seven branches open with shorter hours.',
    );
    await retype(
      page,
      `${section('options')} .pm-protected-option >> nth=1 >> p`,
      'Close the two least used branches and extend the mobile library.',
    );
    await retype(
      page,
      `${section('background')} p`,
      'The library service runs seven branches and a mobile library. Visits have fallen by a fifth since 2019.',
    );
    await retype(page, `${section('financial')} p`, 'Shorter hours save £120,000 a year.');
    await retype(
      page,
      `${section('legal')} .pm-protected-statement p`,
      'The Council may change the service under the Public Libraries and Museums Act 1964, after consultation.',
    );
    // An opinion, made from the toolbar and attributed to the author.
    await retype(
      page,
      `${section('risk')} p`,
      'In my professional opinion closing branches carries a high risk of legal challenge. Option 1 is affordabel within the current budget.',
    );
    await page.click('button[title^="Make an officer opinion"]');
    await page.waitForSelector(`${section('risk')} .pm-protected-opinion`);
    await page.selectOption('#attr-officer', 'author');
    // A consultation response, with its source.
    await retype(
      page,
      `${section('consultation')} p`,
      'Residents told us the branches are a lifeline for older people.',
    );
    await page.keyboard.press('Control+Alt+c');
    await page.waitForSelector(`${section('consultation')} .pm-protected-consultation`);
    await page.fill('#attr-source', 'Residents’ survey, March 2026');
    await page.press('#attr-source', 'Tab');
    await page.waitForSelector(
      `${section('consultation')} .pm-protected-label:has-text("Residents’ survey")`,
    );
    expect(await page.textContent('.save-status')).toContain('Unsaved changes');
    await screenshot(page, 'officer-drafts', '03-drafted');

    await page.click('button:has-text("Save version")');
    await page.waitForSelector('.banner-success:has-text("Saved version 2")');
    await page.click('button:has-text("Share with Cllr Tom Ellis")');
    await page.waitForSelector('.banner-success:has-text("shared with Cllr Tom Ellis")');
    expect(await page.textContent('.report-facts .status')).toBe('With the member');
    await screenshot(page, 'officer-drafts', '04-shared');
    await page.context().close();
  });

  it('the Cabinet Member suggests changes, sees the forbidden ones, reverts them and sends the rest', async () => {
    const page = await logIn('cabinet@probity.test');
    await page.waitForSelector('.report-item-attention:has-text("Shared with you for review")');
    await screenshot(page, 'member-suggests', '01-my-reports');
    await page.click(`a:has-text("${TITLE}")`);
    await page.waitForSelector('.change-panel');
    const send = page.locator('#send-proposal');

    // Deleting Option 2 is forbidden, and the proposal cannot be sent.
    await page.click(`${section('options')} .pm-protected-option >> nth=1 >> p`);
    await settle(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Backspace');
    await page.waitForSelector('.pm-block-deleted.pm-verdict-forbidden');
    await page.waitForSelector('.finding-forbidden:has-text("7.6(1)")');
    expect(await send.isDisabled()).toBe(true);
    expect(await page.textContent('.send-blocked')).toContain('Revert or dispute');
    await screenshot(page, 'member-suggests', '02-option-deleted-forbidden');

    // A typo fixed in the opinion is permitted; softening it is forbidden.
    await replaceWords(
      page,
      `${section('risk')} .pm-protected-opinion`,
      'affordabel',
      'affordable',
    );
    await page.waitForSelector('.finding-permitted:has-text("7.5(4)")');
    await replaceWords(
      page,
      `${section('risk')} .pm-protected-opinion`,
      'a high risk',
      'some risk',
    );
    await page.waitForSelector('.finding-forbidden:has-text("7.6(2)")');
    await page.hover('.pm-badges .verdict-forbidden >> nth=0');
    await screenshot(page, 'member-suggests', '03-opinion-softened-forbidden');

    // Revert both forbidden changes from the panel.
    await page.click('.finding-forbidden:has-text("7.6(2)") button:has-text("Revert")');
    await page.waitForFunction(() => document.querySelectorAll('.finding-forbidden').length === 1);
    await page.click('.finding-forbidden:has-text("7.6(1)") button:has-text("Revert")');
    await page.waitForFunction(() => document.querySelectorAll('.finding-forbidden').length === 0);
    expect(await page.textContent(`${section('risk')} .pm-protected-opinion`)).toContain(
      'a high risk',
    );
    expect(await page.textContent(`${section('risk')} .pm-protected-opinion`)).toContain(
      'affordable',
    );
    expect(await page.locator(`${section('options')} .pm-protected-option`).count()).toBe(2);

    // Add an option, re-word the background, check an estimate.
    await page.click(`${section('options')} .pm-protected-option >> nth=1 >> p`);
    await page.keyboard.press('End');
    await settle(page);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type(
      'Keep all branches open and share two buildings with the health service.',
    );
    await page.click('button[title^="Make an option"]');
    await page.fill('#attr-label', 'Option 3');
    await page.press('#attr-label', 'Tab');
    await retype(
      page,
      `${section('background')} p`,
      'The library service has seven branches and a mobile library, and visits have dropped by a fifth since 2019.',
    );
    await replaceWords(page, section('financial'), '£120,000', '£125,000');
    await page.waitForSelector('.finding-review');
    await page.waitForFunction(() => document.querySelectorAll('.finding').length >= 4);
    expect(await send.isDisabled()).toBe(false);
    await page.fill('#proposal-note', 'Please check the savings figure with finance.');
    await screenshot(page, 'member-suggests', '04-ready-to-send');

    await send.click();
    await page.waitForURL(/\/proposals\//);
    await page.waitForSelector('.banner-info:has-text("Sent to the author")');
    expect(await page.locator('.finding-forbidden').count()).toBe(0);
    expect(await page.locator('.finding-review').count()).toBeGreaterThan(0);
    await screenshot(page, 'member-suggests', '05-sent');
    await page.context().close();
  });

  it('the officer accepts and rejects each change, attests the review item, and publishes', async () => {
    const page = await logIn('officer@probity.test');
    await page.waitForSelector('.report-item-attention:has-text("waiting for your decision")');
    await page.click(`a:has-text("${TITLE}")`);
    await page.click('a:has-text("Proposal from Cllr Tom Ellis")');
    await page.waitForSelector('#finish-review');
    await screenshot(page, 'officer-decides', '01-proposal');

    await page.click('#accept-permitted');
    // Reject the re-worded background; accept the checked estimate with its attestation.
    const background = page.locator('.finding', { hasText: 'dropped by a fifth' });
    expect(await background.count()).toBeGreaterThan(0);
    for (const finding of await background.all())
      await finding.locator('label:has-text("Reject")').click();
    const review = page.locator('.finding-review').first();
    await review.locator('label:has-text("Accept")').click();
    expect(await page.isDisabled('#finish-review')).toBe(true);
    await review.scrollIntoViewIfNeeded();
    await screenshot(page, 'officer-decides', '02-attestation-needed');
    await review.locator('.attestation input[type=checkbox]').check();
    expect(await page.isDisabled('#finish-review')).toBe(false);
    await screenshot(page, 'officer-decides', '03-decided');
    await page.click('#finish-review');
    await page.waitForURL(/\/reports\/[^/]+$/);
    await page.waitForSelector('.report-facts .status:has-text("Cleared")');
    const text = await page.textContent('.pm-editor');
    expect(text).toContain('share two buildings with the health service');
    expect(text).toContain('£125,000');
    expect(text).toContain('Visits have fallen by a fifth since 2019.');
    await screenshot(page, 'officer-decides', '04-new-version');
    await page.click('button:has-text("Publish")');
    await page.waitForSelector('.report-facts .status:has-text("Published")');
    await screenshot(page, 'officer-decides', '05-published');
    await page.context().close();
  });

  it('renders hostile titles, text and links inert', async () => {
    const page = await logIn('officer@probity.test');
    await page.click('a:has-text("New report")');
    const hostile =
      '<img src=x onerror="window.__pwned=1">Budget <script>window.__pwned=2</script>';
    await page.fill('#report-title', hostile);
    await page.click('button:has-text("Create report")');
    await page.waitForSelector('.pm-editor');
    expect(await page.textContent('h1')).toBe(hostile);
    // Pasted HTML with a script, an event handler and a javascript: link keeps only its text.
    await page.click(`${section('purpose')} p`);
    await page.keyboard.press('End');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData(
        'text/html',
        '<p>See <a href="javascript:window.__pwned=3">this</a><img src=x onerror="window.__pwned=4"><script>window.__pwned=5</script> note.</p>',
      );
      document
        .querySelector('.pm-editor')
        ?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
    });
    await page.waitForFunction(() =>
      document.querySelector('.pm-editor')?.textContent?.includes('See this note.'),
    );
    expect(await page.locator('.pm-editor a').count()).toBe(0);
    expect(await page.locator('.pm-editor img, .pm-editor script').count()).toBe(0);
    await page.goto(server.url);
    await page.waitForSelector(`.report-title:text-is(${JSON.stringify(hostile)})`);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await screenshot(page, 'hostile-content', '01-my-reports');
    await page.context().close();
  });

  it('democratic services sees every step, verifies the chain and downloads the history statement', async () => {
    const page = await logIn('democratic@probity.test');
    await page.click(`a:has-text("${TITLE}")`);
    await page.waitForSelector('h2:has-text("Timeline")');
    const timeline = await page.textContent('.timeline');
    for (const step of [
      'created',
      'saved',
      'Shared with Cllr Tom Ellis',
      'Proposal sent',
      'Published',
    ]) {
      expect(timeline).toContain(step);
    }
    expect(await page.textContent('#chain-status')).toContain('Verified');
    await screenshot(page, 'democratic-services', '01-history');

    await page.click('.compare-form button:has-text("Compare")');
    await page.waitForSelector('.compare-result .change-panel');
    await screenshot(page, 'democratic-services', '02-compare-versions');

    const href = (await page.getAttribute('#export-history', 'href')) ?? '';
    const response = await page.context().request.get(new URL(href, server.url).toString());
    expect(response.status()).toBe(200);
    const statement = await response.text();
    expect(statement).toContain(TITLE);
    writeFileSync(join(SCREENSHOTS, 'democratic-services', 'history-statement.html'), statement);
    const statementPage = await page.context().newPage();
    await statementPage.goto(new URL(href, server.url).toString());
    await screenshot(statementPage, 'democratic-services', '03-history-statement');

    await page.click('a:has-text("Findings across reports")');
    await page.waitForSelector('svg.chart');
    await screenshot(page, 'democratic-services', '04-findings-across-reports');
    await page.context().close();
  });
  it('a member disputes a forbidden finding and the Monitoring Officer rules on it', async () => {
    const parks = 'Grounds maintenance of parks and open spaces from April 2027';
    const member = await logIn('cabinet@probity.test');
    await member.click(`a:has-text("${parks}")`);
    await member.waitForSelector('.change-panel');
    await member.click(`${section('options')} .pm-protected-option >> nth=-1 >> p`);
    await settle(member);
    await member.keyboard.press('Escape');
    await member.keyboard.press('Escape');
    await member.keyboard.press('Backspace');
    const finding = member.locator('.finding-forbidden').first();
    await finding.locator('button:has-text("Dispute")').click();
    await finding
      .locator('textarea')
      .fill(
        'This option was never costed and cannot lawfully be chosen, so it is not a real option.',
      );
    await finding.locator('button:has-text("Dispute this finding")').click();
    await member.waitForSelector('.dispute-note:has-text("never costed")');
    expect(await member.isDisabled('#send-proposal')).toBe(false);
    await screenshot(member, 'dispute', '01-disputed');
    await member.click('#send-proposal');
    await member.waitForURL(/\/proposals\//);
    await member.waitForSelector('.dispute-note:has-text("awaiting a ruling")');
    await member.context().close();

    const monitoring = await logIn('monitoring@probity.test');
    await monitoring.waitForSelector('.report-item-attention:has-text("disputed finding")');
    await monitoring.click(`a:has-text("${parks}")`);
    await monitoring.click('#proposals-title + ul a >> nth=-1');
    await monitoring.waitForSelector('.resolve-form');
    await monitoring.selectOption('.resolve-form select', 'upheld');
    await monitoring.fill(
      '.resolve-form textarea',
      'Excluding an option is a matter for the author; clause 7.6(1) applies.',
    );
    await screenshot(monitoring, 'dispute', '02-ruling');
    await monitoring.click('.resolve-form button:has-text("Record ruling")');
    await monitoring.waitForSelector('.dispute-note:has-text("upheld")');
    await screenshot(monitoring, 'dispute', '03-upheld');
    await monitoring.context().close();
  });
  it('an officer downloads a report as Word and starts a new report from the document', async () => {
    const parks = 'Grounds maintenance of parks and open spaces from April 2027';
    const page = await logIn('officer@probity.test');
    await page.click(`a:has-text("${parks}")`);
    await page.waitForSelector('.pm-editor');
    const href = (await page.getAttribute('#word-download-docx', 'href')) ?? '';
    const response = await page.context().request.get(new URL(href, server.url).toString());
    expect(response.status()).toBe(200);
    const file = join(dataDir, 'parks.docx');
    writeFileSync(file, await response.body());
    await page.goto(new URL('/reports/new', server.url).toString());
    await page.click('summary:has-text("Start from a Word document")');
    await page.setInputFiles('#word-file', file);
    await page.click('#word-read');
    await page.waitForSelector('#word-use');
    // Probity's tags are not written into Word, so the paragraphs that read as protected come
    // back as suggestions for the officer to confirm, the author's opinion among them.
    expect(await page.locator('.word-tag').count()).toBeGreaterThan(1);
    expect(await page.locator('.word-tags').textContent()).toContain('Professional opinion');
    await screenshot(page, 'word', '01-imported');
    await page.click('#word-use');
    await page.waitForSelector('text=The report will start from your Word document.');
    await page.fill('#report-title', 'Parks, from Word');
    await page.click('button:has-text("Create report")');
    await page.waitForSelector('.pm-editor');
    expect(await page.textContent('.pm-editor')).toContain(
      'Re-tender the contract for seven years',
    );
    expect(await page.locator('.pm-protected-option').count()).toBeGreaterThan(1);
    await screenshot(page, 'word', '02-created');
    await page.context().close();
  });
});
