/**
 * `pnpm bench` (speed): times `classify` on generated council reports of 1k to 200k words with
 * 1% and 10% of their blocks changed, beside diff-match-patch alone on the two whole plain texts
 * (the floor: any classifier must at least find the differences), times `parseReport` on the JSON
 * text of a 10k- and a 50k-word body (beside `JSON.parse` alone), and measures the peak heap of
 * classifying the largest report. Writes the tables to BENCHMARKS.md with the machine and date.
 *
 * Run with `node --expose-gc --import tsx bench/speed.ts` (the `bench` script does), so the heap
 * is measured from a collected baseline. The peak is the largest used heap seen just before any
 * garbage collection during the call (v8.GCProfiler) or at its end: heap only peaks before a GC.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GCProfiler } from 'node:v8';
import DiffMatchPatch from 'diff-match-patch';
import dictionary from 'dictionary-en-gb';
import type { Node } from 'prosemirror-model';
import { classify, parseReport, toPlainText, useDictionary } from '../src/index.js';
import { generateReport } from './generate_report.js';
import { proposeChanges } from './propose_changes.js';
import { buildReport, countWords } from './report_draft.js';
import { hotspots, type Hotspot } from './profile.js';
import { machine, measure, ms } from './stats.js';

const SIZES = [1_000, 10_000, 50_000, 200_000] as const;
const SHARES = [0.01, 0.1] as const;
const PARSE_SIZES = [10_000, 50_000] as const;
const WARM_UP_MS = 1500;
const SEED = 20261122;
const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(PACKAGE_DIR, 'BENCHMARKS.md');
const MB = 2 ** 20;
const PROFILE_RUNS = 100;
const LOAD_AT_START = loadavg()[0] ?? 0;

interface Row {
  readonly words: number;
  readonly blocks: number;
  readonly share: number;
  readonly changed: number;
  readonly findings: number;
  readonly classify: ReturnType<typeof measure>;
  readonly floor: ReturnType<typeof measure>;
}

interface Heap {
  readonly words: number;
  readonly share: number;
  readonly baselineMb: number;
  readonly peakMb: number;
}

interface ParseRow {
  readonly words: number;
  readonly kib: number;
  readonly parse: ReturnType<typeof measure>;
  readonly json: ReturnType<typeof measure>;
}

// Each version goes through its JSON text and parseReport, as a body reaches the server: the two
// documents share no nodes or strings, so nothing is equal merely by being the same object.
function pairFor(words: number, share: number) {
  const draft = generateReport({ words, seed: SEED + words });
  const pair = proposeChanges(draft, share, SEED + words + Math.round(share * 1000));
  const baseJson = JSON.stringify(buildReport(pair.base).toJSON());
  const proposedJson = JSON.stringify(buildReport(pair.proposed).toJSON());
  return {
    words: countWords(draft),
    blocks: draft.sections.reduce((sum, part) => sum + part.blocks.length, 0),
    changed: pair.edits.size,
    base: parseReport(baseJson),
    proposed: parseReport(proposedJson),
    proposedJson,
  };
}

function runParse(): ParseRow[] {
  return PARSE_SIZES.map((size) => {
    const { words, proposedJson } = pairFor(size, 0.01);
    const options = { warmUp: 3, warmUpMs: WARM_UP_MS, minRuns: 10, maxRuns: 50, budgetMs: 3000 };
    const row: ParseRow = {
      words,
      kib: Buffer.byteLength(proposedJson) / 1024,
      parse: settled(() => measure(() => parseReport(proposedJson), options)),
      json: settled(() => measure(() => JSON.parse(proposedJson) as unknown, options)),
    };
    process.stdout.write(
      `${String(size).padStart(7)} words: parseReport ${ms(row.parse.median)} (p95 ${ms(row.parse.p95)}), JSON.parse ${ms(row.json.median)}\n`,
    );
    return row;
  });
}

// Collects the garbage of building the inputs first, so that it is not collected, on the other
// core or between runs, while the timed function runs.
function settled<T>(run: () => T): T {
  (globalThis as { gc?: () => void }).gc?.();
  return run();
}

function floor(base: Node, proposed: Node): () => unknown {
  const dmp = new DiffMatchPatch();
  // No time limit: the floor is the full diff, not one cut short.
  dmp.Diff_Timeout = 0;
  const baseText = toPlainText(base);
  const proposedText = toPlainText(proposed);
  return () => dmp.diff_main(baseText, proposedText);
}

function peakHeap(
  base: Node,
  proposed: Node,
): { baseline: number; peak: number; findings: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc to measure the heap');
  gc();
  const baseline = process.memoryUsage().heapUsed;
  const profiler = new GCProfiler();
  profiler.start();
  const result = classify(base, proposed);
  const atEnd = process.memoryUsage().heapUsed;
  const profile = profiler.stop();
  const beforeGcs = (profile?.statistics ?? []).map(
    (event) => event.beforeGC.heapStatistics.usedHeapSize,
  );
  return { baseline, peak: Math.max(atEnd, ...beforeGcs), findings: result.findings.length };
}

function runSpeed(): { rows: Row[]; heap: Heap[] } {
  const rows: Row[] = [];
  const heap: Heap[] = [];
  for (const size of SIZES) {
    for (const share of SHARES) {
      const pair = pairFor(size, share);
      const big = size >= 50_000;
      // Warmed up for a while: a document's first hundred or so calls run slower (the JIT and the
      // garbage collector settling), and the table is of the steady state.
      const options = big
        ? { warmUp: 3, warmUpMs: WARM_UP_MS, minRuns: 5, maxRuns: 40, budgetMs: 4000 }
        : { warmUpMs: WARM_UP_MS };
      const findings = classify(pair.base, pair.proposed).findings.length;
      const row: Row = {
        words: pair.words,
        blocks: pair.blocks,
        share,
        changed: pair.changed,
        findings,
        classify: settled(() => measure(() => classify(pair.base, pair.proposed), options)),
        floor: settled(() => measure(floor(pair.base, pair.proposed), options)),
      };
      rows.push(row);
      process.stdout.write(
        `${String(size).padStart(7)} words ${String(share * 100).padStart(2)}%: classify ${ms(row.classify.median)} (p95 ${ms(row.classify.p95)}), floor ${ms(row.floor.median)}\n`,
      );
      if (size === 200_000) {
        const { baseline, peak } = peakHeap(pair.base, pair.proposed);
        heap.push({ words: pair.words, share, baselineMb: baseline / MB, peakMb: peak / MB });
      }
    }
  }
  return { rows, heap };
}

function verdictOnAims(rows: readonly Row[]): string[] {
  const find = (size: number, share: number) =>
    rows.find((row) => Math.abs(row.words - size) / size < 0.05 && row.share === share);
  const target = find(50_000, 0.01);
  const lines: string[] = [];
  if (target) {
    const under = target.classify.median < 20;
    const faster = target.classify.median < target.floor.median;
    lines.push(
      `- 50k words, 1% changed: median ${ms(target.classify.median)}, aim under 20 ms: **${under ? 'met' : 'not met'}**; ` +
        `floor ${ms(target.floor.median)}, aim faster than the floor: **${faster ? 'met' : 'not met'}**.`,
    );
  }
  const small = find(1_000, 0.01);
  const large = find(200_000, 0.01);
  const few = find(50_000, 0.01);
  const many = find(50_000, 0.1);
  if (small && large && few && many) {
    // Elasticity: how the time grows against how the input grows, on a log scale (1 = linear).
    const bySize = large.classify.median / small.classify.median;
    const byChange = many.classify.median / few.classify.median;
    const sizeElasticity = Math.log(bySize) / Math.log(large.words / small.words);
    const changeElasticity = Math.log(byChange) / Math.log(many.changed / few.changed);
    lines.push(
      `- Report ${(large.words / small.words).toFixed(0)}× longer (1% changed): ${bySize.toFixed(1)}× the time ` +
        `(elasticity ${sizeElasticity.toFixed(2)}). ${(many.changed / few.changed).toFixed(1)}× the changes ` +
        `(50k words, 1% → 10%): ${byChange.toFixed(1)}× the time (elasticity ${changeElasticity.toFixed(2)}). ` +
        `Aim, cost grows with change size more than report size: **${changeElasticity > sizeElasticity ? 'met' : 'not met'}**.`,
    );
  }
  return lines;
}

function render(
  rows: readonly Row[],
  parsed: readonly ParseRow[],
  heap: readonly Heap[],
  hot: readonly Hotspot[],
): string {
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const table = rows.map(
    (row) =>
      `| ${row.words.toLocaleString('en-GB')} | ${row.blocks.toLocaleString('en-GB')} | ${row.share * 100}% (${row.changed}) | ${row.findings} | ` +
      `${ms(row.classify.median)} | ${ms(row.classify.p95)} | ${ms(row.floor.median)} | ${ms(row.floor.p95)} | ` +
      `${(row.classify.median / row.floor.median).toFixed(2)} | ${row.classify.runs} |`,
  );
  const parseTable = parsed.map(
    (row) =>
      `| parseReport, ${Math.round(row.words / 1000)}k words | ${row.kib.toFixed(0)} KiB | ${ms(row.parse.median)} | ${ms(row.parse.p95)} | ${ms(row.json.median)} | ${row.parse.runs} |`,
  );
  const heapTable = heap.map(
    (entry) =>
      `| ${entry.words.toLocaleString('en-GB')} | ${entry.share * 100}% | ${entry.baselineMb.toFixed(1)} MiB | ${entry.peakMb.toFixed(1)} MiB | ${(entry.peakMb - entry.baselineMb).toFixed(1)} MiB |`,
  );
  const hotTable = hot.map(
    (spot) =>
      `| \`${spot.name}\` | ${spot.location ? `\`${spot.location}\`` : ''} | ${ms(spot.selfMs)} | ${(spot.share * 100).toFixed(1)}% |`,
  );
  return `# Benchmarks: @probity/rules

Written by \`pnpm bench\` (this package's \`bench\` script: \`node --expose-gc --import tsx bench/speed.ts\`),
${date} UTC.

Machine: ${machine()}. The 1-minute load average was ${LOAD_AT_START.toFixed(2)} at the start of
the run and ${loadavg()[0]?.toFixed(2)} at the end: other work shares these ${cpus().length} cores, so take single figures as
indicative and compare rows with each other; p95 especially reflects the neighbours.

Reports are generated by \`bench/generate_report.ts\` (seeded, so every run classifies the same
reports): the sections of a council report in the usual order (purpose, recommendations, reasons
with opinions, options, background with lists, financial with a cost table and a statement,
legal, equality, risk, consultation responses, key decision), repeated as annexes for the longer
ones. The proposal changes the given share of top-level blocks by typo fixes (35%), re-wordings
(35%), deletions (15%) and inserted paragraphs (15%) (\`bench/propose_changes.ts\`).

\`classify\` is timed on the documents as the server has them: each version's JSON text through
\`parseReport\`, so the two share no nodes or strings; the rulebook is the default (North East
Derbyshire). The floor is \`diff-match-patch\`'s \`diff_main\` alone on the two whole plain texts (no time limit).
Each is warmed up for 1.5 s (the first calls on a freshly parsed document run slower while the JIT
and the garbage collector settle: at 50k words, 1% changed, a few times the steady figure), then
run repeatedly (the runs column); median and p95 in milliseconds.

| words | blocks | changed | findings | classify median | classify p95 | floor median | floor p95 | classify ÷ floor | runs |
|---|---|---|---|---|---|---|---|---|---|
${table.join('\n')}

## parseReport

The server parses every proposal body before classifying it. Timed on the JSON text of the
proposed version (so the time includes \`JSON.parse\`, shown alone beside it); median and p95.

| body | JSON | parseReport median | parseReport p95 | JSON.parse median | runs |
|---|---|---|---|---|---|
${parseTable.join('\n')}

## Against the aims

${verdictOnAims(rows).join('\n')}

## Peak heap, 200k words

Used V8 heap while classifying, sampled before every garbage collection during the call and at
its end (\`v8.GCProfiler\`), from a collected baseline that already holds both documents.

| words | changed | baseline | peak | peak − baseline |
|---|---|---|---|---|
${heapTable.join('\n')}

## Where the time goes, 50k words, 1% changed

Self time per call by function (V8 sampling profiler over ${PROFILE_RUNS} calls after the same warm-up;
garbage collection is listed as its own entry), the functions to look at first:

| function | where | self time per call | share |
|---|---|---|---|
${hotTable.join('\n')}
`;
}

// As the server and the editor classify: with the en-GB dictionary for spelling fixes.
useDictionary(dictionary);
const { rows, heap } = runSpeed();
const parsed = runParse();
const profiled = pairFor(50_000, 0.01);
// Profiled in the same steady state as the table above.
settled(() => measure(() => classify(profiled.base, profiled.proposed), { warmUpMs: WARM_UP_MS }));
const hot = await hotspots(
  () => classify(profiled.base, profiled.proposed),
  PROFILE_RUNS,
  PACKAGE_DIR,
);
writeFileSync(OUTPUT, render(rows, parsed, heap, hot));
process.stdout.write(`\nwrote ${OUTPUT}\n`);
