/**
 * `corpus DIR`: runs every labelled case in DIR (the format of `shared/corpus/`, see its README)
 * and prints, per case, whether it was right with the expected and the actual verdict and clause,
 * then the totals. A case is right when the overall verdict matches (`review+` accepts review or
 * forbidden) and some finding with that verdict cites the expected clause.
 *
 * A case file that cannot be run (bad JSON, a body that fails `parseReport`, an unknown rulebook)
 * is listed as an error with its message and the others still run. Exit status: 0 all right,
 * 1 some wrong, 2 bad input (no such directory, no cases, or a case in error).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { classify, type Classification } from '../index.js';
import { VERDICTS, type Verdict } from '../verdict.js';
import { resolveRulebook } from './resolve_rulebook.js';
import type { CliIo } from './cli_io.js';
import { FORMATS } from './classify_command.js';
import { InputError } from './input_error.js';
import { oneOf, parseCliArgs } from './parse_cli_args.js';
import { readJsonFile } from './read_json_file.js';
import { checkReport } from './read_report.js';
import { renderTable } from './text_table.js';

export const CORPUS_USAGE = `Usage: pnpm rules corpus DIR [options]

Runs every labelled case (*.json) in DIR and prints right/wrong per case and the totals.

Options:
  --format text|json        text (a table, the default) or the results as JSON
  -h, --help                show this help

Exit status: 0 all right, 1 some wrong, 2 bad input.
`;

/** The verdicts a case may expect: `review+` means review or forbidden. */
const EXPECTED_VERDICTS = [...VERDICTS, 'review+'] as const;

const CaseSchema = z.object({
  name: z.string().min(1),
  rulebook: z.string().min(1),
  report: z.object({ statutory: z.boolean().optional() }).default({}),
  note: z.string().optional(),
  base: z.unknown(),
  proposed: z.unknown(),
  expect: z.object({ verdict: z.enum(EXPECTED_VERDICTS), clause: z.string().min(1) }),
});

/** One case's outcome. */
export interface CaseResult {
  readonly file: string;
  readonly name: string;
  readonly outcome: 'right' | 'wrong' | 'error';
  readonly expected?: { readonly verdict: string; readonly clause: string };
  /** The overall verdict and the clauses of the findings that carry it. */
  readonly got?: { readonly verdict: Verdict; readonly clauses: readonly string[] };
  readonly error?: string;
}

/** All cases' outcomes and their totals. */
export interface CorpusReport {
  readonly total: number;
  readonly right: number;
  readonly wrong: number;
  readonly errors: number;
  readonly cases: readonly CaseResult[];
}

/** Runs `corpus` with its arguments (after the command name); returns the exit status. */
export function corpusCommand(argv: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCliArgs('corpus', () =>
    parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  );
  if (values.help) {
    io.stdout(CORPUS_USAGE);
    return 0;
  }
  const format = oneOf('--format', values.format, FORMATS);
  if (positionals.length !== 1) {
    throw new InputError(`corpus: expected one directory, got ${positionals.length}`, [
      'Run "pnpm rules corpus --help" for the options.',
    ]);
  }
  const report = runCorpus(io.cwd, positionals[0] as string);
  io.stdout(
    format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatCorpus(report, io.columns),
  );
  if (report.errors > 0) return 2;
  return report.wrong > 0 ? 1 : 0;
}

/** Runs every case file in `dir` (relative to `cwd`); throws {@link InputError} if there are none. */
export function runCorpus(cwd: string, dir: string): CorpusReport {
  const absolute = resolve(cwd, dir);
  let files: string[];
  try {
    files = readdirSync(absolute).filter((name) => name.endsWith('.json'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new InputError(`${dir}: no such directory (looked for ${absolute})`);
    if (code === 'ENOTDIR')
      throw new InputError(`${dir}: is a file, expected a directory of cases`);
    throw new InputError(`${dir}: cannot be read: ${(error as Error).message}`);
  }
  if (files.length === 0) throw new InputError(`${dir}: holds no case files (*.json)`);
  const cases = files.sort().map((file) => runCase(cwd, join(dir, file), file));
  const count = (outcome: CaseResult['outcome']) =>
    cases.filter((c) => c.outcome === outcome).length;
  return {
    total: cases.length,
    right: count('right'),
    wrong: count('wrong'),
    errors: count('error'),
    cases,
  };
}

function runCase(cwd: string, path: string, file: string): CaseResult {
  const fallbackName = file.replace(/\.json$/, '');
  try {
    const parsed = CaseSchema.safeParse(readJsonFile(cwd, path).value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(
        `${file}: not a case: ${issue?.path.join('.') || '(case)'}: ${issue?.message}`,
      );
    }
    const spec = parsed.data;
    const rulebook = resolveRulebook(cwd, spec.rulebook);
    const base = checkReport(`${file}: base`, spec.base);
    const proposed = checkReport(`${file}: proposed`, spec.proposed);
    const result = classify(base, proposed, { rulebook, report: spec.report });
    const got = { verdict: result.verdict, clauses: clausesOf(result) };
    return {
      file,
      name: spec.name,
      outcome: isRight(spec.expect, result) ? 'right' : 'wrong',
      expected: spec.expect,
      got,
    };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const detail = error.details.length > 0 ? `: ${error.details[0]}` : '';
    return { file, name: fallbackName, outcome: 'error', error: `${error.message}${detail}` };
  }
}

/** Right when the verdict matches and a finding with that verdict cites the expected clause. */
export function isRight(
  expect: { readonly verdict: string; readonly clause: string },
  result: Classification,
): boolean {
  const verdictOk =
    expect.verdict === 'review+'
      ? result.verdict === 'review' || result.verdict === 'forbidden'
      : result.verdict === expect.verdict;
  return verdictOk && clausesOf(result).includes(expect.clause);
}

function clausesOf(result: Classification): string[] {
  const clauses = result.findings
    .filter((finding) => finding.verdict === result.verdict)
    .map((finding) => finding.clause);
  return [...new Set(clauses)];
}

/** The text form: one row per case, then the totals and the share right. */
export function formatCorpus(report: CorpusReport, width?: number): string {
  const rows = report.cases.map((c) => [
    c.outcome,
    c.name,
    c.expected ? `${c.expected.verdict} ${c.expected.clause}` : '-',
    c.got ? `${c.got.verdict} ${c.got.clauses.join(', ') || '(no changes)'}` : (c.error ?? ''),
  ]);
  const share = report.total > 0 ? ((100 * report.right) / report.total).toFixed(1) : '0.0';
  return [
    renderTable(['RESULT', 'CASE', 'EXPECTED', 'GOT'], rows, width),
    '\n',
    `${report.right} of ${report.total} right (${share}%), ${report.wrong} wrong, ${report.errors} in error\n`,
  ].join('');
}
