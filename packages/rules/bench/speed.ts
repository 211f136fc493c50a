/**
 * `pnpm bench` (speed): times `classify` on generated council reports of 1k to 200k words with
 * 1% and 10% of their blocks changed, beside diff-match-patch alone on the two whole plain texts
 * (the floor: any classifier must at least find the differences), first on bodies parsed each on
 * its own, then as the server has them (the proposal's compact JSON, unchanged blocks named by id,
 * parsed against the base, so the two share every unchanged node), with the parse and parse +
 * classify timed too. Two series hold one
 * thing fixed while the other grows (the changed blocks while the report grows, the report while
 * the changed blocks grow), for how the cost scales. Times `parseReport` on the JSON text of a
 * 10k- and a 50k-word body (beside `JSON.parse` alone), and measures the peak heap of classifying
 * the largest report. Writes the tables to BENCHMARKS.md with the machine and date.
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
import { classify, compactReport, parseReport, toPlainText, useDictionary } from '../src/index.js';
import { generateReport } from './generate_report.js';
import { proposeChanges } from './propose_changes.js';
import { buildReport, countWords } from './report_draft.js';
import { hotspots, type Hotspot } from './profile.js';
import { elasticity, machine, measure, measureEach, ms } from './stats.js';

const SIZES = [1_000, 10_000, 50_000, 200_000] as const;
const SHARES = [0.01, 0.1] as const;
const PARSE_SIZES = [10_000, 50_000] as const;
/** The size series: this many changed blocks while the report grows through SIZES. */
const FIXED_CHANGES = 10;
/** The change series: a report of this many words with CHANGE_COUNTS changed blocks. */
const FIXED_WORDS = 50_000;
const CHANGE_COUNTS = [10, 100, 500] as const;
/** How far apart two elasticities must be to call one larger, given the run-to-run spread here. */
const ELASTICITY_NOISE = 0.2;
const WARM_UP_MS = 1500;
const SEED = 20261122;
const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(PACKAGE_DIR, 'BENCHMARKS.md');
const MB = 2 ** 20;
const PROFILE_RUNS = 100;
const LOAD_AT_START = loadavg()[0] ?? 0;

type Timing = ReturnType<typeof measure>;

interface Row {
  readonly words: number;
  readonly blocks: number;
  readonly share: number;
  readonly changed: number;
  readonly findings: number;
  readonly classify: Timing;
  readonly floor: Timing;
  /** The server's path: classify on the proposal parsed against the base. */
  readonly server: ServerTimings;
}

interface ServerTimings {
  /** classify alone, on the proposal parsed against the base. */
  readonly classify: Timing;
  /** parseReport of the proposal's compact JSON text (as the editor sends it) against the base. */
  readonly parse: Timing;
  /** Both: what the server does with each proposal's body. */
  readonly parseAndClassify: Timing;
  /** parseReport of the proposal written out in full, without the base, for comparison. */
  readonly parseAlone: Timing;
  /** classify alone on the proposal parsed on its own, each call on a new parse: the old path. */
  readonly classifyUnshared: Timing;
}

/** One point of a scaling series. */
interface SeriesPoint {
  readonly words: number;
  readonly changed: number;
  readonly independent: Timing;
  readonly shared: Timing;
  readonly parseAndClassify: Timing;
}

interface Heap {
  readonly path: string;
  readonly words: number;
  readonly share: number;
  readonly baselineMb: number;
  readonly peakMb: number;
}

interface ParseRow {
  readonly words: number;
  readonly kib: number;
  readonly parse: Timing;
  readonly parseAgainstBase: Timing;
  readonly json: Timing;
}

// Each version goes through its JSON text and parseReport, as a body reaches the server: parsed
// each on its own, the two documents share no nodes or strings, so nothing is equal merely by
// being the same object; `shared` is the proposal parsed against the base, as the server parses
// it, sharing the base's unchanged nodes. `changes` is a share of the blocks (0–1) or a count.
function pairFor(words: number, changes: { share: number } | { count: number }) {
  const draft = generateReport({ words, seed: SEED + words });
  const blocks = draft.sections.reduce((sum, part) => sum + part.blocks.length, 0);
  const share = 'share' in changes ? changes.share : changes.count / blocks;
  const seed = SEED + words + ('share' in changes ? Math.round(share * 1000) : changes.count);
  const pair = proposeChanges(draft, share, seed);
  const baseJson = JSON.stringify(buildReport(pair.base).toJSON());
  const proposedJson = JSON.stringify(buildReport(pair.proposed).toJSON());
  const base = parseReport(baseJson);
  const proposed = parseReport(proposedJson);
  const shared = parseReport(proposedJson, { base });
  // As the editor sends it and the server stores it: unchanged blocks by id (compactReport).
  const compactJson = JSON.stringify(compactReport(base, shared));
  // The shared proposal must be classified exactly as the independent one, or the rows lie.
  if (
    JSON.stringify(classify(base, proposed)) !== JSON.stringify(classify(base, shared)) ||
    !shared.eq(proposed) ||
    !parseReport(compactJson, { base, references: true }).eq(proposed)
  ) {
    throw new Error(`${words} words: the proposal parsed against its base classifies differently`);
  }
  return {
    words: countWords(draft),
    blocks,
    share,
    changed: pair.edits.size,
    base,
    proposed,
    shared,
    proposedJson,
    compactJson,
  };
}

type Pair = ReturnType<typeof pairFor>;

function optionsFor(words: number) {
  // Warmed up for a while: a document's first hundred or so calls run slower (the JIT and the
  // garbage collector settling), and the tables are of the steady state.
  return words >= 50_000
    ? { warmUp: 3, warmUpMs: WARM_UP_MS, minRuns: 5, maxRuns: 40, budgetMs: 3000 }
    : { warmUpMs: WARM_UP_MS, budgetMs: 2000 };
}

/** The server's path on `pair`: parse the compact JSON against the base, then classify. */
function timeServer(pair: Pair): ServerTimings {
  const options = optionsFor(pair.words);
  const { base, proposedJson, compactJson } = pair;
  const received = () => parseReport(compactJson, { base, references: true });
  return {
    // Each call on a proposal just parsed, as the server has it: nothing of it cached yet.
    classify: settled(() =>
      measureEach(
        () => parseReport(proposedJson, { base }),
        (proposed) => classify(base, proposed),
        options,
      ),
    ),
    parse: settled(() => measure(received, options)),
    parseAndClassify: settled(() => measure(() => classify(base, received()), options)),
    parseAlone: settled(() => measure(() => parseReport(proposedJson), options)),
    classifyUnshared: settled(() =>
      measureEach(
        () => parseReport(proposedJson),
        (proposed) => classify(base, proposed),
        options,
      ),
    ),
  };
}

function runParse(): ParseRow[] {
  return PARSE_SIZES.map((size) => {
    const { words, proposedJson, base } = pairFor(size, { share: 0.01 });
    const options = { warmUp: 3, warmUpMs: WARM_UP_MS, minRuns: 10, maxRuns: 50, budgetMs: 3000 };
    const row: ParseRow = {
      words,
      kib: Buffer.byteLength(proposedJson) / 1024,
      parse: settled(() => measure(() => parseReport(proposedJson), options)),
      parseAgainstBase: settled(() => measure(() => parseReport(proposedJson, { base }), options)),
      json: settled(() => measure(() => JSON.parse(proposedJson) as unknown, options)),
    };
    process.stdout.write(
      `${String(size).padStart(7)} words: parseReport ${ms(row.parse.median)} (p95 ${ms(row.parse.p95)}), against the base ${ms(row.parseAgainstBase.median)}, JSON.parse ${ms(row.json.median)}\n`,
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
      const pair = pairFor(size, { share });
      const options = optionsFor(size);
      const findings = classify(pair.base, pair.proposed).findings.length;
      const row: Row = {
        words: pair.words,
        blocks: pair.blocks,
        share,
        changed: pair.changed,
        findings,
        classify: settled(() => measure(() => classify(pair.base, pair.proposed), options)),
        floor: settled(() => measure(floor(pair.base, pair.proposed), options)),
        server: timeServer(pair),
      };
      rows.push(row);
      process.stdout.write(
        `${String(size).padStart(7)} words ${String(share * 100).padStart(2)}%: classify ${ms(row.classify.median)} (p95 ${ms(row.classify.p95)}), ` +
          `shared ${ms(row.server.classify.median)}, parse+classify ${ms(row.server.parseAndClassify.median)}, floor ${ms(row.floor.median)}\n`,
      );
      if (size === 200_000) {
        for (const [path, proposed] of [
          ['parsed on its own', pair.proposed],
          ['parsed against the base', pair.shared],
        ] as const) {
          const { baseline, peak } = peakHeap(pair.base, proposed);
          heap.push({
            path,
            words: pair.words,
            share,
            baselineMb: baseline / MB,
            peakMb: peak / MB,
          });
        }
      }
    }
  }
  return { rows, heap };
}

/** One point of a series: classify on independent and on shared bodies, and parse + classify. */
function seriesPoint(pair: Pair): SeriesPoint {
  const options = optionsFor(pair.words);
  const point: SeriesPoint = {
    words: pair.words,
    changed: pair.changed,
    // Each call on a proposal just parsed (not timed), so none of it is cached from the last.
    independent: settled(() =>
      measureEach(
        () => parseReport(pair.proposedJson),
        (proposed) => classify(pair.base, proposed),
        options,
      ),
    ),
    shared: settled(() =>
      measureEach(
        () => parseReport(pair.proposedJson, { base: pair.base }),
        (proposed) => classify(pair.base, proposed),
        options,
      ),
    ),
    parseAndClassify: settled(() =>
      measure(
        () =>
          classify(pair.base, parseReport(pair.compactJson, { base: pair.base, references: true })),
        options,
      ),
    ),
  };
  process.stdout.write(
    `${String(pair.words).padStart(7)} words, ${String(pair.changed).padStart(4)} changed: independent ${ms(point.independent.median)}, ` +
      `shared ${ms(point.shared.median)}, parse+classify ${ms(point.parseAndClassify.median)}\n`,
  );
  return point;
}

function runSeries(): { bySize: SeriesPoint[]; byChange: SeriesPoint[] } {
  const bySize = SIZES.map((size) => seriesPoint(pairFor(size, { count: FIXED_CHANGES })));
  const byChange = CHANGE_COUNTS.map((count) =>
    count === FIXED_CHANGES
      ? (bySize.find((point) => Math.abs(point.words - FIXED_WORDS) / FIXED_WORDS < 0.05) ??
        seriesPoint(pairFor(FIXED_WORDS, { count })))
      : seriesPoint(pairFor(FIXED_WORDS, { count })),
  );
  return { bySize, byChange };
}

type SeriesPath = 'independent' | 'shared' | 'parseAndClassify';

const PATH_NAMES: Readonly<Record<SeriesPath, string>> = {
  independent: 'classify, proposal parsed on its own',
  shared: 'classify, proposal parsed against the base',
  parseAndClassify: 'parse the compact body against the base + classify (the server)',
};

function elasticities(
  series: { bySize: SeriesPoint[]; byChange: SeriesPoint[] },
  path: SeriesPath,
) {
  return {
    size: elasticity(series.bySize.map((point) => ({ x: point.words, y: point[path].median }))),
    change: elasticity(
      series.byChange.map((point) => ({ x: point.changed, y: point[path].median })),
    ),
  };
}

function verdictOnAims(
  rows: readonly Row[],
  series: { bySize: SeriesPoint[]; byChange: SeriesPoint[] },
): string[] {
  const target = rows.find(
    (row) => Math.abs(row.words - FIXED_WORDS) / FIXED_WORDS < 0.05 && row.share === 0.01,
  );
  const lines: string[] = [];
  const metOrNot = (met: boolean) => (met ? '**met**' : '**not met**');
  if (target) {
    const floorMs = target.floor.median;
    const against = (name: string, value: number) =>
      `  - ${name}: ${ms(value)}, ${(value / floorMs).toFixed(2)}× the floor: ${metOrNot(value < floorMs)}.`;
    const shared = target.server.classify.median;
    const unshared = target.server.classifyUnshared.median;
    lines.push(
      `- Aim: 50k words, 1% changed (${target.changed} blocks), classified faster than the floor ` +
        `(diff-match-patch on the two plain texts, median ${ms(floorMs)}); medians:`,
      against(
        'classify, one pair parsed each on its own, again and again (the first table)',
        target.classify.median,
      ),
      against(
        'classify, each call on a proposal just parsed on its own (the old server path)',
        unshared,
      ),
      against(
        'classify, each call on a proposal just parsed against the base (the server now)',
        shared,
      ),
      against(
        'parse the compact body against the base + classify (everything the server does with a proposal from the editor)',
        target.server.parseAndClassify.median,
      ),
      `  - The last three are what a server pays per proposal. Parsed against the base, the ` +
        `unchanged sections are the base's own nodes, settled by identity: classify took ` +
        `${(shared / unshared).toFixed(2)}× the time it took on the same proposal parsed on its own. ` +
        `The first row repeats one pair, so the proposal's per-node caches are warm from the call before. ` +
        `parse + classify includes parseReport of the compact body, unchanged blocks named by id ` +
        `(measured alone at ${ms(target.server.parse.median)}; the same proposal written out in full takes ` +
        `${ms(target.server.parseAlone.median)} to parse without the base), so it grows with the change, not with the report.`,
    );
  }
  const paths: readonly SeriesPath[] = ['independent', 'shared', 'parseAndClassify'];
  const [smallest, largest] = [series.bySize[0], series.bySize[series.bySize.length - 1]];
  const [fewest, most] = [series.byChange[0], series.byChange[series.byChange.length - 1]];
  if (smallest && largest && fewest && most) {
    lines.push(
      `- Aim: cost grows with the size of the change more than with the size of the report. ` +
        `Elasticity is the least-squares slope of log time against log size (1: in proportion, ` +
        `0: not at all), over ${FIXED_CHANGES} changed blocks while the report grows ` +
        `${Math.round(smallest.words / 1000)}k → ${Math.round(largest.words / 1000)}k words, and over ` +
        `${Math.round(fewest.words / 1000)}k words while the changed blocks grow ${fewest.changed} → ${most.changed}:`,
    );
    for (const path of paths) {
      const { size, change } = elasticities(series, path);
      // Runs on these shared cores have moved an elasticity by up to about this much.
      const verdict =
        Math.abs(change - size) < ELASTICITY_NOISE
          ? `**too close to call** (they differ by less than the ${ELASTICITY_NOISE} that runs on this machine differ by)`
          : metOrNot(change > size);
      lines.push(
        `  - ${PATH_NAMES[path]}: with report size ${size.toFixed(2)}, with change size ${change.toFixed(2)}: ${verdict}.`,
      );
    }
  }
  return lines;
}

function seriesTable(points: readonly SeriesPoint[]): string {
  return points
    .map(
      (point) =>
        `| ${point.words.toLocaleString('en-GB')} | ${point.changed} | ${ms(point.independent.median)} | ` +
        `${ms(point.shared.median)} | ${ms(point.parseAndClassify.median)} | ${ms(point.parseAndClassify.p95)} |`,
    )
    .join('\n');
}

function render(
  rows: readonly Row[],
  series: { bySize: SeriesPoint[]; byChange: SeriesPoint[] },
  parsed: readonly ParseRow[],
  heap: readonly Heap[],
  hot: readonly Hotspot[],
): string {
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const changedCell = (row: Row) => `${row.share * 100}% (${row.changed})`;
  const table = rows.map(
    (row) =>
      `| ${row.words.toLocaleString('en-GB')} | ${row.blocks.toLocaleString('en-GB')} | ${changedCell(row)} | ${row.findings} | ` +
      `${ms(row.classify.median)} | ${ms(row.classify.p95)} | ${ms(row.floor.median)} | ${ms(row.floor.p95)} | ` +
      `${(row.classify.median / row.floor.median).toFixed(2)} | ${row.classify.runs} |`,
  );
  const serverTable = rows.map(
    (row) =>
      `| ${row.words.toLocaleString('en-GB')} | ${changedCell(row)} | ${ms(row.server.classify.median)} | ${ms(row.server.classify.p95)} | ` +
      `${ms(row.server.classifyUnshared.median)} | ` +
      `${ms(row.server.parse.median)} | ${ms(row.server.parseAndClassify.median)} | ${ms(row.server.parseAndClassify.p95)} | ` +
      `${ms(row.server.parseAlone.median)} | ${ms(row.floor.median)} | ` +
      `${(row.server.classify.median / row.floor.median).toFixed(2)} | ${(row.server.parseAndClassify.median / row.floor.median).toFixed(2)} |`,
  );
  const parseTable = parsed.map(
    (row) =>
      `| parseReport, ${Math.round(row.words / 1000)}k words | ${row.kib.toFixed(0)} KiB | ${ms(row.parse.median)} | ${ms(row.parse.p95)} | ` +
      `${ms(row.parseAgainstBase.median)} | ${ms(row.parseAgainstBase.p95)} | ${ms(row.json.median)} | ${row.parse.runs} |`,
  );
  const heapTable = heap.map(
    (entry) =>
      `| ${entry.words.toLocaleString('en-GB')} | ${entry.share * 100}% | ${entry.path} | ${entry.baselineMb.toFixed(1)} MiB | ${entry.peakMb.toFixed(1)} MiB | ${(entry.peakMb - entry.baselineMb).toFixed(1)} MiB |`,
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

Each timing is warmed up for 1.5 s (the first calls on a freshly parsed document run slower while
the JIT and the garbage collector settle), then run repeatedly; medians and p95 in milliseconds.
The floor is \`diff-match-patch\`'s \`diff_main\` alone on the two whole plain texts (no time
limit): any classifier must at least find the differences. The rulebook is the default (North East
Derbyshire), with the en-GB dictionary.

## classify, each body parsed on its own

Each version's JSON text through \`parseReport\` separately, so the two documents share no nodes or
strings and every unchanged section is proved equal by comparing it.

| words | blocks | changed | findings | classify median | classify p95 | floor median | floor p95 | classify ÷ floor | runs |
|---|---|---|---|---|---|---|---|---|---|
${table.join('\n')}

## The server's path: the proposal parsed against its base

What the server does with a proposal (\`packages/server/src/proposal_intake\`): the proposal's
compact JSON text, as the editor sends it (\`compactReport\`: unchanged blocks named by id),
through \`parseReport(json, { base, references: true })\`, which returns the base's own nodes for
every part the proposal leaves unchanged, then \`classify\`. The same bodies as above, with the same findings
(the run stops if they differ). "classify" is classify alone, each call on a proposal freshly
parsed against the base (parsed before the clock starts), so nothing of the proposal is cached
from the call before, as on the server; the first table instead classifies one pair again and
again. "classify, parsed on its own" is the same on the proposal parsed without the base (the old
path, median). "parse + classify" is both, from the compact JSON text; "parse, no base" is
parseReport of the proposal written out in full, without the base, for comparison.

| words | changed | classify median | classify p95 | classify, parsed on its own | parse compact against base | parse + classify median | parse + classify p95 | parse, no base | floor median | classify ÷ floor | parse + classify ÷ floor |
|---|---|---|---|---|---|---|---|---|---|---|---|
${serverTable.join('\n')}

## How the cost scales

The number of changed blocks held at ${FIXED_CHANGES} while the report grows, then the report held at
${Math.round(FIXED_WORDS / 1000)}k words while the changed blocks grow; medians (p95 for parse + classify).
Both classify columns time each call on a proposal freshly parsed (before the clock starts), on
its own or against the base.

| words | changed blocks | classify, parsed on their own | classify, parsed against the base | parse + classify | parse + classify p95 |
|---|---|---|---|---|---|
${seriesTable(series.bySize)}

| words | changed blocks | classify, parsed on their own | classify, parsed against the base | parse + classify | parse + classify p95 |
|---|---|---|---|---|---|
${seriesTable(series.byChange)}

## parseReport

The server parses every proposal body before classifying it. Timed on the JSON text of the
proposed version (so the time includes \`JSON.parse\`, shown alone beside it), without and with the
base (1% changed); median and p95.

| body | JSON | parseReport median | parseReport p95 | against the base median | against the base p95 | JSON.parse median | runs |
|---|---|---|---|---|---|---|---|
${parseTable.join('\n')}

## Against the aims

${verdictOnAims(rows, series).join('\n')}

## Peak heap, 200k words

Used V8 heap while classifying, sampled before every garbage collection during the call and at
its end (\`v8.GCProfiler\`), from a collected baseline that already holds both documents.

| words | changed | proposal | baseline | peak | peak − baseline |
|---|---|---|---|---|---|
${heapTable.join('\n')}

## Where the time goes, the server's path, 50k words, 1% changed

Self time per call of parse against the base + classify, by function (V8 sampling profiler over
${PROFILE_RUNS} calls after the same warm-up; garbage collection is listed as its own entry), the
functions to look at first:

| function | where | self time per call | share |
|---|---|---|---|
${hotTable.join('\n')}
`;
}

// As the server and the editor classify: with the en-GB dictionary for spelling fixes.
useDictionary(dictionary);
const { rows, heap } = runSpeed();
const series = runSeries();
const parsed = runParse();
const profiled = pairFor(FIXED_WORDS, { share: 0.01 });
const serverPath = () =>
  classify(profiled.base, parseReport(profiled.proposedJson, { base: profiled.base }));
// Profiled in the same steady state as the tables above.
settled(() => measure(serverPath, { warmUpMs: WARM_UP_MS }));
const hot = await hotspots(serverPath, PROFILE_RUNS, PACKAGE_DIR);
writeFileSync(OUTPUT, render(rows, series, parsed, heap, hot));
process.stdout.write(`\nwrote ${OUTPUT}\n`);
