/**
 * Load test of proposal submission: a member posts a proposal against a 10,000-word report, 50
 * connections at once for a fixed time, against the real server, built (`dist`, as `npm start`
 * runs it), in a child process on 127.0.0.1 with its SQLite file in a temporary directory. Each
 * request is parsed, validated, classified against the base version, stored, and audited in one
 * transaction. Run twice, each on a fresh server: with the body compact, as the editor sends it
 * (unchanged blocks by id), and written out in full, as any other client may send it.
 *
 * Run with `pnpm bench` at the root, which builds first, or in this package after `pnpm build`
 * (a build older than the source is refused). Writes throughput and p50/p97.5/p99
 * latency, with the machine they were measured on, into BENCHMARKS.md beside this folder.
 */
/* eslint-disable @typescript-eslint/no-non-null-assertion, @typescript-eslint/no-explicit-any --
   a measuring script over data it builds itself, like the tests */
import { spawn } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builders, compactReport, parseReport } from '@probity/rules';
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '../src/demo/seed_demo.js';
import { INLINE_BYTES } from '../src/proposal_intake/proposal_preparer.js';
import { defaultProposalWorkers } from '../src/settings.js';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const DURATION_SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
/**
 * Measured rounds, one after another on the same server. Other work shares these cores and moves
 * single figures by a third or more, so each figure is given for every round and as their median.
 */
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
/**
 * Unmeasured load first, so the figures are of a server whose JIT has warmed up: on 2 shared
 * cores throughput was seen to keep rising for about 10 s of load.
 */
const WARMUP_SECONDS = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 50);
const WORDS = 10_000;

const { doc, section, p, option, opinion, statement, consultation, recommendation } = builders;

// A deterministic stream of council-report prose, so every run measures the same document.
const VOCABULARY = (
  'the council service budget residents library branch opening hours saving consultation option ' +
  'cabinet committee decision report officer statutory duty equality impact assessment district ' +
  'ward community transport review staff contract cost estimate year revenue capital reserve ' +
  'policy framework footfall visits rural village access support evidence risk legal challenge'
).split(' ');

function sentence(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++)
    out.push(VOCABULARY[(seed * 31 + i * 17 + ((seed + i) % 7)) % VOCABULARY.length]!);
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** How many different proposals the load generator posts in turn. */
const VARIANTS = 20;
const MONTHS = 'January February March April May June July August September October'.split(' ');

/**
 * A report of about {@link WORDS} words. Proposal `variant` (0 to {@link VARIANTS} - 1) re-words
 * a different few paragraphs, names a different month and a different budget figure, so no two
 * proposals in a row are the same text; undefined gives the base.
 */
function bigReport(variant?: number) {
  const proposed = variant !== undefined;
  const v = variant ?? 0;
  const paragraphs = (prefix: string, count: number, from: number) =>
    Array.from({ length: count }, (_, i) => {
      const n = from + i;
      let text = `${sentence(n, 24)} ${sentence(n + 1, 24)}`;
      if (proposed && (n + v * 7) % 97 === 5) text = text.replace(/\.$/, ', as the review found.');
      return p({ id: `${prefix}-${n}` }, text);
    });
  return doc(
    section(
      { id: 's1', kind: 'purpose' },
      p({ id: 'purpose' }, 'To decide the future of the branch library service.'),
    ),
    section(
      { id: 's2', kind: 'recommendations' },
      recommendation({ id: 'rec-1' }, 'That Cabinet approves Option 2.'),
    ),
    section(
      { id: 's3', kind: 'reasons' },
      opinion(
        { id: 'op-1', officer: 'author' },
        'In my professional opinion Option 2 is the best balance between savings and the statutory duty.',
      ),
    ),
    section(
      { id: 's4', kind: 'options' },
      option({ id: 'o1', label: 'Option 1', recommended: false }, 'Make no change.'),
      option(
        { id: 'o2', label: 'Option 2', recommended: true },
        proposed
          ? `Reduce opening hours at the six smallest branches, from 42 to 30 hours a week, from ${MONTHS[v % MONTHS.length]!}.`
          : 'Reduce opening hours at the six smallest branches from 42 to 30 hours a week.',
      ),
    ),
    section({ id: 's5', kind: 'background' }, ...paragraphs('bg', 120, 0)),
    section(
      { id: 's6', kind: 'consultation' },
      consultation(
        { id: 'c1', source: 'Public consultation' },
        '71% of respondents disagreed with closing any branch.',
      ),
      ...paragraphs('cn', 60, 1000),
    ),
    section(
      { id: 's7', kind: 'financial' },
      p(
        { id: 'fin' },
        proposed ? `The budget for 2026/27 is £3.${90 + v}m.` : 'The budget for 2026/27 is £3.86m.',
      ),
      ...paragraphs('fn', 26, 2000),
    ),
    section(
      { id: 's8', kind: 'legal' },
      statement(
        { id: 'st1', kind: 'legality', officer: 'monitoring_officer' },
        'The Council has a statutory duty to provide a comprehensive and efficient library service.',
      ),
    ),
  ).toJSON();
}

/**
 * CPU time (user + system) used so far by process `pid` (all its threads), or by its thread `tid`
 * alone, in ms, from /proc; undefined elsewhere.
 */
function processCpuMs(pid: number | undefined, tid?: number): number | undefined {
  try {
    const file = tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`;
    const fields = readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** CPU time so far of each thread of process `pid`, in ms, by thread id; empty without /proc. */
function threadCpuMs(pid: number | undefined): Map<number, number> {
  const times = new Map<number, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const ms = processCpuMs(pid, Number(tid));
      if (ms !== undefined) times.set(Number(tid), ms);
    }
  } catch {
    // No /proc: not measured.
  }
  return times;
}

/**
 * Where the server's CPU went, per request, between two {@link threadCpuMs} readings: its main
 * thread, its `workers` busiest other threads (the proposal workers: nothing else comes near),
 * and the rest together (V8's garbage-collection and compiler helpers, libuv's pool running the
 * fsyncs, the checkpoint thread). Undefined without /proc.
 */
function cpuByThread(
  pid: number | undefined,
  before: Map<number, number>,
  after: Map<number, number>,
  workers: number,
  requests: number,
): string | undefined {
  if (after.size === 0 || requests === 0) return undefined;
  const used = [...after].map(([tid, ms]) => ({
    tid,
    ms: (ms - (before.get(tid) ?? 0)) / requests,
  }));
  const main = used.find((thread) => thread.tid === pid)?.ms ?? 0;
  const others = used.filter((thread) => thread.tid !== pid).sort((x, y) => y.ms - x.ms);
  const busiest = others.slice(0, workers);
  const rest = others.slice(workers);
  const sum = (threads: readonly { ms: number }[]) => threads.reduce((total, t) => total + t.ms, 0);
  return [
    `main ${main.toFixed(1)} ms`,
    workers > 0
      ? `proposal worker${workers === 1 ? '' : 's'} ${busiest.map((t) => t.ms.toFixed(1)).join(' + ')} ms`
      : undefined,
    `${rest.length} other threads ${sum(rest).toFixed(1)} ms`,
  ]
    .filter(Boolean)
    .join(', ');
}

async function post(url: string, path: string, body: unknown, cookie = '', csrf = '') {
  const res = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, any>;
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return { json, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? cookie };
}

async function logIn(url: string, email: string) {
  const { json, cookie } = await post(url, '/api/session', { email, password: DEMO_PASSWORD });
  return { cookie, csrf: json['csrfToken'] as string };
}

interface Server {
  readonly url: string;
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * The built server's entry point, as `npm start` runs it. Refuses a build older than the source
 * (of the server or of the rules it runs), which would measure code that is no longer there.
 */
function builtServer(): string {
  const entry = join(PACKAGE, 'dist', 'main.js');
  const packages = [PACKAGE, join(PACKAGE, '..', 'rules')];
  const stale = packages.find((folder) => {
    const built = newest(join(folder, 'dist'));
    return built === undefined || (newest(join(folder, 'src')) ?? 0) > built;
  });
  if (stale !== undefined) {
    throw new Error(
      `${stale} is not built, or its build is older than its source: run \`pnpm build\` (the root's \`pnpm bench\` builds first)`,
    );
  }
  return entry;
}

/** When a file under `folder` last changed, in ms; undefined when there is none. */
function newest(folder: string): number | undefined {
  let latest: number | undefined;
  try {
    for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
      const changed = statSync(join(folder, file)).mtimeMs;
      if (latest === undefined || changed > latest) latest = changed;
    }
  } catch {
    return undefined;
  }
  return latest;
}

/** Starts the real server with the demo council, on a fresh database in a temporary directory. */
async function startServer(): Promise<Server> {
  const directory = mkdtempSync(join(tmpdir(), 'probity-bench-'));
  // The server logs to a file, read for the address it listens on; a pipe this busy process
  // drains late could make the server wait on its own log writes.
  const logFile = join(directory, 'server.log');
  const log = openSync(logFile, 'w');
  const server = spawn(
    process.execPath,
    [
      ...(process.env['BENCH_PROFILE']
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`]
        : []),
      builtServer(),
      '--demo',
    ],
    {
      cwd: PACKAGE,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_PATH: join(directory, 'bench.sqlite'),
        // As deployed: a line per refused or failed request, none per answered one (debug).
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', log, 'inherit'],
    },
  );
  closeSync(log);
  const stop = async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) =>
      server.exitCode === null ? server.once('exit', resolve) : resolve(undefined),
    );
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const poll = setInterval(() => {
        const started = /Probity is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(
          readFileSync(logFile, 'utf8'),
        );
        if (started) {
          clearInterval(poll);
          resolve(started[1]!);
        }
      }, 100);
      server.once('exit', (code) => {
        clearInterval(poll);
        reject(new Error(`server exited with ${code}`));
      });
    });
    return { url, pid: server.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** One measured round's figures. */
interface Round {
  readonly result: autocannon.Result;
  readonly cpuPerRequest: number | undefined;
  readonly mainPerRequest: number | undefined;
  /** CPU time of the load generator (this process) per request, in ms. */
  readonly generatorPerRequest: number | undefined;
  readonly byThread: string | undefined;
  readonly loadBefore: number;
  readonly loadAfter: number;
}

/** One load test: its requests, and its rounds. */
interface Measured {
  /** Mean size of a request body, in bytes. */
  readonly bytes: number;
  readonly findings: readonly number[];
  readonly rounds: readonly Round[];
}

const WORKERS = Number(process.env['PROPOSAL_WORKERS'] ?? defaultProposalWorkers());

/**
 * Sets up the report on a fresh server and measures {@link CONNECTIONS} connections posting the
 * {@link VARIANTS} proposals, each written as `write` makes its body from the base and proposed JSON.
 */
async function measure(write: (base: unknown, proposed: unknown) => unknown): Promise<Measured> {
  const server = await startServer();
  try {
    const { url } = server;
    const officer = await logIn(url, 'officer@probity.test');
    const member = await logIn(url, 'cabinet@probity.test');
    const users = (await (
      await fetch(`${url}/api/users?role=cabinet_member`, { headers: { cookie: officer.cookie } })
    ).json()) as { users: { id: string }[] };
    const base = bigReport();
    const { json: report } = await post(
      url,
      '/api/reports',
      {
        title: 'Library service review (bench)',
        decisionMaker: 'Cabinet',
        memberId: users.users[0]!.id,
        keyDecision: true,
        statutory: false,
        body: base,
      },
      officer.cookie,
      officer.csrf,
    );
    await post(
      url,
      `/api/reports/${report['id']}/share`,
      { versionId: report['currentVersion'].id },
      officer.cookie,
      officer.csrf,
    );
    const path = `/api/reports/${report['id']}/proposals`;
    const bodies = Array.from({ length: VARIANTS }, (_, variant) =>
      JSON.stringify({
        baseVersionId: report['currentVersion'].id,
        body: write(base, bigReport(variant)),
        note: `bench proposal ${variant + 1}`,
      }),
    );
    // Each variant once before measuring: checks that all are accepted, and counts their findings.
    const findings: number[] = [];
    for (const body of bodies) {
      const sample = await post(url, path, JSON.parse(body), member.cookie, member.csrf);
      findings.push((sample.json['classification'].findings as unknown[]).length);
    }

    const load = (duration: number) =>
      autocannon({
        url: url + path,
        connections: CONNECTIONS,
        duration,
        headers: {
          'content-type': 'application/json',
          cookie: member.cookie,
          'x-csrf-token': member.csrf,
        },
        // Each connection posts the variants in turn, so consecutive requests differ.
        requests: bodies.map((body) => ({ method: 'POST' as const, body })),
      });
    if (WARMUP_SECONDS > 0) await load(WARMUP_SECONDS);

    const rounds: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      rounds.push(await measureRound(server, () => load(DURATION_SECONDS)));
    }
    return {
      bytes: bodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0) / bodies.length,
      findings,
      rounds,
    };
  } finally {
    await server.stop();
  }
}

/** Runs `load` once on `server`, reading the CPU time the server and this process spend on it. */
async function measureRound(
  server: Server,
  load: () => Promise<autocannon.Result>,
): Promise<Round> {
  const { pid } = server;
  const loadBefore = loadavg()[0]!;
  const cpuBefore = processCpuMs(pid);
  const mainBefore = processCpuMs(pid, pid);
  const threadsBefore = threadCpuMs(pid);
  const generatorBefore = process.cpuUsage();
  const result = await load();
  const generator = process.cpuUsage(generatorBefore);
  const cpuAfter = processCpuMs(pid);
  const mainAfter = processCpuMs(pid, pid);
  const threadsAfter = threadCpuMs(pid);

  const ok = result['2xx'];
  const perRequest = (before: number | undefined, after: number | undefined) =>
    before !== undefined && after !== undefined && ok > 0 ? (after - before) / ok : undefined;
  return {
    result,
    cpuPerRequest: perRequest(cpuBefore, cpuAfter),
    mainPerRequest: perRequest(mainBefore, mainAfter),
    generatorPerRequest: ok > 0 ? (generator.user + generator.system) / 1000 / ok : undefined,
    byThread: cpuByThread(pid, threadsBefore, threadsAfter, WORKERS, ok),
    loadBefore,
    loadAfter: loadavg()[0]!,
  };
}

/** The middle value of `values` (the lower of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

/** The round whose `measure` is the median of the rounds'. */
function medianRound(run: Measured, measure: (round: Round) => number): Round {
  const middle = median(run.rounds.map(measure));
  return run.rounds.find((round) => measure(round) === middle) ?? run.rounds[0]!;
}

/** The rows of the results table for one run. */
function rows(run: Measured): string[] {
  const { rounds } = run;
  // Each round's figure in turn, then their median.
  const each = (figure: (round: Round) => number, unit: string, bold = false) => {
    const values = rounds.map(figure);
    const middle = `${median(values)}${unit}`;
    return `${values.join(' / ')}${unit}; median ${bold ? `**${middle}**` : middle}`;
  };
  const ms = (value: number | undefined) =>
    value === undefined ? 'not measured (needs /proc)' : `${value.toFixed(1)} ms`;
  const cpu = (figure: (round: Round) => number | undefined) =>
    ms(median(rounds.map((round) => figure(round) ?? Number.NaN)));
  const sum = (figure: (result: autocannon.Result) => number) =>
    rounds.reduce((total, round) => total + figure(round.result), 0);
  return [
    `${(run.bytes / 1024).toFixed(1)} KiB`,
    `${Math.min(...run.findings)}–${Math.max(...run.findings)}`,
    `${sum((r) => r['2xx'])} in ${rounds.length} rounds of ${DURATION_SECONDS} s (${sum((r) => r.non2xx)} non-2xx, ${sum((r) => r.errors)} errors, ${sum((r) => r.timeouts)} timeouts)`,
    each((round) => Math.round(round.result.requests.average), ' requests/s'),
    each((round) => round.result.latency.p50, ' ms'),
    each((round) => round.result.latency.p97_5, ' ms'),
    each((round) => round.result.latency.p99, ' ms', true),
    each((round) => round.result.latency.max, ' ms'),
    // Every connection waits its turn in the same queues, so a fair server keeps this near 1.
    each((round) => Number((round.result.latency.p99 / round.result.latency.p50).toFixed(1)), ''),
    cpu((round) => round.cpuPerRequest),
    medianRound(run, (round) => round.cpuPerRequest ?? 0).byThread ?? 'not measured (needs /proc)',
    cpu((round) => round.generatorPerRequest),
    `${rounds[0]!.loadBefore.toFixed(2)} / ${rounds.at(-1)!.loadAfter.toFixed(2)}`,
  ];
}

const MEASURES = [
  'request body (mean)',
  'findings per proposal',
  'requests completed (2xx)',
  'throughput (mean of each round)',
  'latency p50',
  'latency p97.5',
  'latency p99',
  'latency max',
  'latency p99 / p50',
  'server CPU time per request, all threads (median round)',
  'server CPU time per request, by thread (that round)',
  'load generator (autocannon) CPU time per request (median round)',
  'load average (1 min) before / after the rounds',
];

/** What a run's figures say against the aim, in a sentence or two. */
function reading(label: string, run: Measured): string {
  const p99s = run.rounds.map((round) => round.result.latency.p99);
  const met = p99s.filter((p99) => p99 <= 100).length;
  const aim = `${median(p99s) <= 100 ? 'meets' : 'misses'} the p99 aim in the median round (${met} of ${p99s.length} rounds under 100 ms)`;
  const middle = medianRound(run, (round) => round.cpuPerRequest ?? 0);
  const { cpuPerRequest, mainPerRequest, generatorPerRequest } = middle;
  if (cpuPerRequest === undefined || mainPerRequest === undefined) return `${label} ${aim}.`;
  const cores = cpus().length;
  const both = cpuPerRequest + (generatorPerRequest ?? 0);
  const cap = (cores * 1000) / both;
  return `${label} ${aim}. In the median round the server's threads together spent ${cpuPerRequest.toFixed(1)} ms of CPU per request (its main thread ${mainPerRequest.toFixed(1)} ms, so alone it could answer about ${Math.round(1000 / mainPerRequest)} requests/s)${generatorPerRequest === undefined ? '' : ` and the load generator ${generatorPerRequest.toFixed(1)} ms`}: on ${cores} cores that caps throughput near ${Math.round(cap)} requests/s, and by Little's law ${CONNECTIONS} connections then wait at least about ${Math.round((CONNECTIONS * 1000) / cap)} ms per round trip.`;
}

async function main(): Promise<void> {
  const words = JSON.stringify(bigReport())
    .match(/"text":"([^"]*)"/g)!
    .join(' ')
    .split(/\s+/).length;
  if (Math.abs(words - WORDS) > WORDS * 0.05)
    throw new Error(`the bench report has ${words} words, not about ${WORDS}`);
  const compact = await measure((base, proposed) =>
    compactReport(parseReport(base), parseReport(proposed)),
  );
  const full = await measure((_base, proposed) => proposed);

  const cpu = cpus();
  const machine = `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${process.platform}`;
  const compactRows = rows(compact);
  const fullRows = rows(full);
  const table = [
    '| measure | compact body (as the editor sends it) | body written out in full |',
    '| --- | --- | --- |',
    ...MEASURES.map((measure, i) => `| ${measure} | ${compactRows[i]} | ${fullRows[i]} |`),
  ].join('\n');
  const markdown = `# Server benchmarks

Written by \`pnpm bench\` (\`packages/server/bench/proposals.bench.ts\`); do not edit by hand.

## Proposal submission under load

\`POST /api/reports/:id/proposals\` against a report of ${words.toLocaleString('en-GB')} words:
${VARIANTS} different proposals posted in turn, ${CONNECTIONS} concurrent connections, ${ROUNDS} rounds of
${DURATION_SECONDS} s after ${WARMUP_SECONDS} s of the same load unmeasured (autocannon, programmatic), against the real server, built, as \`npm start\` runs it, in a child process on
127.0.0.1 (${WORKERS} proposal worker thread${WORKERS === 1 ? '' : 's'}), SQLite (WAL; every acknowledged write flushed to disk) in a temporary directory.
Every request is parsed, validated with \`parseReport\`, classified against the stored base
version (on the main thread for a body of up to ${INLINE_BYTES / 1024} KiB, as the compact ones here are, in the
server's proposal worker thread for a larger one), stored (compact, against its base version)
and audited in one transaction. Two runs, each on a fresh server: the body compact, as the editor sends it
(\`compactReport\`: the blocks a proposal leaves unchanged given by id, taken from the base
version), and the same proposals written out in full, as any other client may send them.

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}, with the
load generator on the same machine, which other work may share: the load average is in the
table, and the same load measured minutes apart has moved by a third or more, hence the rounds;
server CPU time per request is the figure least disturbed by it. The server logs at its default
level (info), as deployed. Aim: p99 under 100 ms.

${table}

${reading('The compact body', compact)}

${reading('The body written out in full', full)}
`;
  writeFileSync(join(PACKAGE, 'BENCHMARKS.md'), markdown);
  console.log(markdown);
}

await main();
