/**
 * `pnpm bench` for the editor: the time from a keystroke to updated tracked changes and verdicts
 * while a member types in a 10k- and a 50k-word report, in real Chromium. Builds the benchmark
 * page with Vite, serves it on 127.0.0.1, types into a changed opinion with playwright-core, and
 * writes the figures, with the machine they were measured on, into `BENCHMARKS.md`.
 */
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { launchChromium } from '@probity/server';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const outDir = join(here, 'dist');
const SIZES = [10_000, 50_000];
const WARMUP = 10;
const KEYS = 60;

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    base: './',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      minify: false,
      rollupOptions: { input: join(here, 'index.html') },
    },
  });
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    const file = join(outDir, path === '/' ? 'bench/index.html' : path);
    if (!file.startsWith(outDir)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (data) =>
        res
          .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(data),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  const rows: string[] = [];
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.goto(`http://127.0.0.1:${port}/bench/index.html`);
      await page.waitForFunction(() => 'probityBench' in window);
      const setupStart = Date.now();
      const info = await page.evaluate((words) => window.probityBench.setup(words), size);
      const setupMs = Date.now() - setupStart;
      const press = async () => {
        const before = await page.evaluate(() => window.probityBench.samples().paint.length);
        await page.keyboard.press('KeyX');
        await page.waitForFunction((n) => window.probityBench.samples().paint.length > n, before);
      };
      for (let i = 0; i < WARMUP; i++) await press();
      await page.evaluate(() => window.probityBench.reset());
      for (let i = 0; i < KEYS; i++) await press();
      const { update, paint, classify } = await page.evaluate(() => window.probityBench.samples());
      rows.push(
        `| ${info.words.toLocaleString('en-GB')} | ${info.blocks.toLocaleString('en-GB')} | ${info.changedBlocks} | ${ms(percentile(update, 50))} | ${ms(percentile(update, 95))} | ${ms(Math.max(...update))} | ${ms(percentile(classify, 50))} | ${ms(percentile(paint, 50))} | ${ms(percentile(paint, 95))} | ${(setupMs / 1000).toFixed(1)} s |`,
      );
      console.log(
        `${info.words} words: update p50 ${ms(percentile(update, 50))}, p95 ${ms(percentile(update, 95))}; to paint p50 ${ms(percentile(paint, 50))}, p95 ${ms(percentile(paint, 95))}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const cpu = cpus();
  const version = browser.version();
  const text = `# Editor benchmarks

Written by \`pnpm --filter @probity/editor bench\` (\`bench/run.ts\`); do not edit by hand.

**What is measured:** a member typing in the suggesting editor (tracked changes against the
base, the live protocol check, the side panel), in real Chromium driven by playwright-core.
Each of ${KEYS} keystrokes (after ${WARMUP} to warm up) goes into an officer opinion (a changed one where there is one) of a
generated report in which about 1% of blocks differ from the base. *Update* is the time from the
\`keydown\` event to the end of the editor's update: the transaction applied, the proposal
classified by \`@probity/rules\`, the tracked-change decorations rebuilt and the DOM updated.
*To paint* runs on to the first task after the next animation frame (the panel redrawn too).
*Of which classify* is the rules library's own share of the update. The aim is an update under
16 ms at 50,000 words.

**Machine:** ${cpu.length} CPU cores (${cpu[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM,
Node ${process.version}, Chromium ${version}, headless; measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC,
with other work sharing the cores (1-minute load average ${loadavg()[0]?.toFixed(1) ?? '?'} when the run ended).

| words | blocks | changed blocks | update p50 | update p95 | update max | of which classify p50 | to paint p50 | to paint p95 | page set-up |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}
`;
  await writeFile(join(root, 'BENCHMARKS.md'), text);
  console.log(`wrote ${join(root, 'BENCHMARKS.md')}`);
}

await main();
