/**
 * Prints an HTML page to PDF with Chromium (Debian's, through playwright-core). Each call has a
 * browser of its own, closed afterwards, with JavaScript off and every network request refused,
 * so a page can neither run code nor reach anything outside itself.
 */
import { launchChromium } from '../chromium.js';

/** The A4 PDF of `html`, page numbers in the footer. Rejects if Chromium cannot be started. */
export async function printPdf(html: string): Promise<Buffer> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8pt;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    });
  } finally {
    await browser.close();
  }
}
