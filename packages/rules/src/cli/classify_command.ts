/**
 * `classify BASE.json PROPOSED.json`: classifies a proposal against a rulebook and prints the
 * findings as a table or as JSON. The exit status is 0 when the proposal was classified, 1 when
 * `--fail-on` is met (so a script can stop on a forbidden change), and 2 for bad input, which
 * `main` reports.
 */
import { parseArgs } from 'node:util';
import { classify } from '../index.js';
import { VERDICTS, type Verdict } from '../verdict.js';
import { DEFAULT_RULEBOOK_ID } from '../rulebook.js';
import { resolveRulebook } from './resolve_rulebook.js';
import type { CliIo } from './cli_io.js';
import { formatClassification } from './format_classification.js';
import { InputError } from './input_error.js';
import { oneOf, parseCliArgs } from './parse_cli_args.js';
import { readReport } from './read_report.js';

/** Output formats of the `classify` and `corpus` commands. */
export const FORMATS = ['text', 'json'] as const;
const FAIL_ON = ['review', 'forbidden'] as const;

export const CLASSIFY_USAGE = `Usage: pnpm rules classify BASE.json PROPOSED.json [options]

Classifies every change from BASE to PROPOSED (report bodies, ProseMirror JSON) against a
council's Member/Officer protocol.

Options:
  --rulebook ID|FILE        a shipped rulebook id or a rulebook JSON file (default ${DEFAULT_RULEBOOK_ID})
  --statutory               the report is a statutory officer report
  --format text|json        text (a table, the default) or the classification as JSON
  --fail-on review|forbidden
                            exit with status 1 when the overall verdict is at least this
  -h, --help                show this help

Exit status: 0 classified, 1 --fail-on met, 2 bad input.
`;

/** Runs `classify` with its arguments (after the command name); returns the exit status. */
export function classifyCommand(argv: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCliArgs('classify', () =>
    parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        rulebook: { type: 'string' },
        statutory: { type: 'boolean' },
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  );
  if (values.help) {
    io.stdout(CLASSIFY_USAGE);
    return 0;
  }
  const format = oneOf('--format', values.format, FORMATS);
  const failOn =
    values['fail-on'] === undefined ? undefined : oneOf('--fail-on', values['fail-on'], FAIL_ON);
  if (positionals.length !== 2) {
    throw new InputError(
      `classify: expected two files, BASE.json and PROPOSED.json, got ${positionals.length}`,
      ['Run "pnpm rules classify --help" for the options.'],
    );
  }
  const [basePath, proposedPath] = positionals as [string, string];
  const rulebook = resolveRulebook(io.cwd, values.rulebook ?? DEFAULT_RULEBOOK_ID);
  const base = readReport(io.cwd, basePath);
  const proposed = readReport(io.cwd, proposedPath);
  const result = classify(base, proposed, {
    rulebook,
    report: { statutory: values.statutory === true },
  });
  io.stdout(
    format === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : formatClassification(result, io.columns),
  );
  return failOn !== undefined && atLeast(result.verdict, failOn) ? 1 : 0;
}

function atLeast(verdict: Verdict, threshold: Verdict): boolean {
  return VERDICTS.indexOf(verdict) >= VERDICTS.indexOf(threshold);
}
