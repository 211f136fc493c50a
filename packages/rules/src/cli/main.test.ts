import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../test/corpus.js';
import type { Classification } from '../index.js';
import type { CliIo } from './cli_io.js';
import type { CorpusReport } from './corpus_command.js';
import { main } from './main.js';

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const REPO_DIR = resolve(PACKAGE_DIR, '../..');
const BASE = 'examples/base.json';
const PROPOSED = 'examples/proposed.json';

function run(argv: readonly string[], cwd = PACKAGE_DIR) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    columns: 100,
  };
  const status = main(argv, io);
  return { status, stdout, stderr };
}

function classifyJson(...extra: string[]): Classification {
  const { status, stdout } = run(['classify', BASE, PROPOSED, '--format', 'json', ...extra]);
  expect(status).toBe(0);
  return JSON.parse(stdout) as Classification;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'probity-cli-'));
}

describe('main › classify', () => {
  it('prints the classification as JSON with every finding', () => {
    const result = classifyJson();
    expect(result.rulebook).toBe('north-east-derbyshire');
    expect(result.verdict).toBe('forbidden');
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        rule: 'exclude-option',
        clause: '7.6(1)',
        verdict: 'forbidden',
        change: expect.objectContaining({ blockId: 'o3', kind: 'delete' }),
      }),
    );
  });

  it('prints a table with the overall verdict first and a row per finding', () => {
    const result = classifyJson();
    const { status, stdout } = run(['classify', BASE, PROPOSED]);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Overall verdict: forbidden (rulebook north-east-derbyshire)');
    expect(lines[1]).toMatch(new RegExp(`^${result.findings.length} changes?: `));
    expect(stdout).toMatch(/VERDICT\s+CLAUSE\s+RULE\s+WHERE\s+REASON/);
    for (const finding of result.findings) {
      expect(stdout).toMatch(
        new RegExp(
          `${finding.verdict}\\s+${finding.clause.replace(/[()]/g, '\\$&')}\\s+${finding.rule}\\s`,
        ),
      );
    }
    expect(stdout).toContain('options: option o3, deleted');
    expect(lines.every((line) => line.length <= 100)).toBe(true);
  });

  it('exits 1 when --fail-on is met and 0 when it is not', () => {
    expect(run(['classify', BASE, PROPOSED, '--fail-on', 'forbidden']).status).toBe(1);
    expect(run(['classify', BASE, PROPOSED, '--fail-on', 'review']).status).toBe(1);
    const same = run(['classify', BASE, BASE, '--fail-on', 'review']);
    expect(same.status).toBe(0);
    expect(same.stdout).toBe(
      'Overall verdict: permitted (rulebook north-east-derbyshire)\nNo changes.\n',
    );
  });

  it('treats the report as a statutory officer report with --statutory', () => {
    const plain = classifyJson();
    const statutory = classifyJson('--statutory');
    expect(plain.findings.some((f) => f.clause === '7.7')).toBe(false);
    expect(statutory.findings.some((f) => f.clause === '7.7' && f.verdict === 'forbidden')).toBe(
      true,
    );
  });

  it("uses another council's shipped rulebook by id", () => {
    const result = classifyJson('--rulebook', 'hounslow');
    expect(result.rulebook).toBe('hounslow');
    expect(result.findings).toContainEqual(
      expect.objectContaining({ rule: 'exclude-option', clause: '2.7', verdict: 'forbidden' }),
    );
  });

  it("uses a council's own rulebook file, relative to where the command was run", () => {
    const dir = tempDir();
    const own = JSON.parse(
      readFileSync(join(PACKAGE_DIR, 'src/rulebooks/north-east-derbyshire.json'), 'utf8'),
    );
    own.id = 'our-council';
    own.rules['exclude-option'] = { unsupported: true, note: 'Our protocol is silent on options.' };
    writeFileSync(join(dir, 'ours.json'), JSON.stringify(own));
    const { status, stdout } = run(
      [
        'classify',
        join(PACKAGE_DIR, BASE),
        join(PACKAGE_DIR, PROPOSED),
        '--rulebook',
        'ours.json',
        '--format',
        'json',
      ],
      dir,
    );
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as Classification;
    expect(result.rulebook).toBe('our-council');
    expect(result.findings.find((f) => f.rule === 'exclude-option')).toMatchObject({
      verdict: 'review',
      clause: 'none',
    });
  });
  it('prints text from the report with its control characters shown, not obeyed', () => {
    const dir = tempDir();
    const json = JSON.parse(readFileSync(join(PACKAGE_DIR, PROPOSED), 'utf8'));
    const consultation = json.content[4].content[1];
    expect(consultation.type).toBe('consultation');
    consultation.attrs.source = 'Residents\u001b[2J\u001b[31m';
    writeFileSync(join(dir, 'escape.json'), JSON.stringify(json));
    const { status, stdout } = run(['classify', join(PACKAGE_DIR, BASE), 'escape.json'], dir);
    expect(status).toBe(0);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('\\u001b[2J');
  });
});

describe('main › bad input', () => {
  it('names a missing file', () => {
    const { status, stdout, stderr } = run(['classify', 'nope.json', PROPOSED]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: nope\.json: no such file \(looked for .*nope\.json\)\n$/);
  });

  it('gives the line and column of invalid JSON', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.json'), '{\n  "type": "doc",\n  "content": [],\n}');
    const { status, stderr } = run(['classify', 'broken.json', 'broken.json'], dir);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^error: broken\.json: not valid JSON: .*line 4 column 1/);
  });

  it('lists each problem parseReport finds, with its path and the value there', () => {
    const dir = tempDir();
    const json = JSON.parse(readFileSync(join(PACKAGE_DIR, BASE), 'utf8'));
    json.content[2].content[1].type = 'opinon';
    writeFileSync(join(dir, 'typo.json'), JSON.stringify(json));
    const { status, stderr } = run(['classify', join(PACKAGE_DIR, BASE), 'typo.json'], dir);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^error: typo\.json: not a valid report body \(\d+ problems?\)\n/);
    expect(stderr).toMatch(/\n {2}content\[2\]\.content\[1\]\S*: .*"opinon"/);
  });

  it('names an unknown rulebook and lists the known ones', () => {
    const { status, stderr } = run(['classify', BASE, PROPOSED, '--rulebook', 'atlantis']);
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /^error: --rulebook: unknown rulebook "atlantis"; known: .*north-east-derbyshire/,
    );
  });

  it('names an unknown flag and a bad flag value', () => {
    const unknown = run(['classify', BASE, PROPOSED, '--frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^error: classify: .*'--frobnicate'/);
    const format = run(['classify', BASE, PROPOSED, '--format', 'xml']);
    expect(format.status).toBe(2);
    expect(format.stderr).toBe('error: --format: expected one of text, json, got "xml"\n');
    const failOn = run(['classify', BASE, PROPOSED, '--fail-on', 'permitted']);
    expect(failOn.stderr).toBe(
      'error: --fail-on: expected one of review, forbidden, got "permitted"\n',
    );
  });

  it('wants exactly two files', () => {
    const { status, stderr } = run(['classify', BASE]);
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /^error: classify: expected two files, BASE\.json and PROPOSED\.json, got 1\n/,
    );
  });

  it('names an unknown command and shows the usage; --help shows it on stdout', () => {
    const unknown = run(['clasify']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^error: unknown command "clasify"\n\nUsage: /);
    expect(run([]).status).toBe(2);
    const help = run(['classify', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pnpm rules classify BASE\.json PROPOSED\.json/);
  });
});

describe('main › corpus', () => {
  function writeCase(dir: string, file: string, expectVerdict: string, clause: string): void {
    const body = (path: string) => JSON.parse(readFileSync(join(PACKAGE_DIR, path), 'utf8'));
    const spec = {
      name: file.replace(/\.json$/, ''),
      rulebook: 'north-east-derbyshire',
      report: { statutory: false },
      note: '',
      base: body(BASE),
      proposed: body(PROPOSED),
      expect: { verdict: expectVerdict, clause },
    };
    writeFileSync(join(dir, file), JSON.stringify(spec));
  }

  it('marks each case right or wrong with expected and actual, then totals; exit 1 if any is wrong', () => {
    const dir = tempDir();
    writeCase(dir, 'a-right.json', 'forbidden', '7.6(1)');
    writeCase(dir, 'b-wrong.json', 'permitted', '7.5(4)');
    writeCase(dir, 'c-review-plus.json', 'review+', '7.6(1)');
    const { status, stdout } = run(['corpus', '.'], dir);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^right\s+a-right\s+forbidden 7\.6\(1\)\s+forbidden .*7\.6\(1\)/m);
    expect(stdout).toMatch(/^wrong\s+b-wrong\s+permitted 7\.5\(4\)\s+forbidden /m);
    expect(stdout).toMatch(/^right\s+c-review-plus\s+review\+ 7\.6\(1\)/m);
    expect(stdout).toMatch(/\n2 of 3 right \(66\.7%\), 1 wrong, 0 in error\n$/);
  });

  it('lists a case it cannot run as an error, runs the rest, and exits 2', () => {
    const dir = tempDir();
    writeCase(dir, 'good.json', 'forbidden', '7.6(1)');
    writeFileSync(join(dir, 'bad.json'), '{ "name": "bad" }');
    const { status, stdout } = run(['corpus', dir, '--format', 'json']);
    expect(status).toBe(2);
    const report = JSON.parse(stdout) as CorpusReport;
    expect(report).toMatchObject({ total: 2, right: 1, wrong: 0, errors: 1 });
    expect(report.cases.find((c) => c.file === 'bad.json')?.error).toMatch(
      /^bad\.json: not a case: /,
    );
  });

  it('runs the shared corpus', () => {
    const { status, stdout } = run(['corpus', CORPUS_DIR, '--format', 'json']);
    const report = JSON.parse(stdout) as CorpusReport;
    expect(report.errors).toBe(0);
    expect(report.total).toBeGreaterThanOrEqual(97);
    expect(report.right + report.wrong).toBe(report.total);
    expect(status).toBe(report.wrong > 0 ? 1 : 0);
  });

  it('says when the directory does not exist', () => {
    const { status, stderr } = run(['corpus', 'no/such/dir']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^error: no\/such\/dir: no such directory/);
  });
});

describe('pnpm rules (a real process, from the repository root)', () => {
  it('classifies the examples, resolves paths against the directory pnpm ran in, and sets the exit status', () => {
    const env = { ...process.env };
    delete env['INIT_CWD'];
    const child = spawnSync(
      'pnpm',
      [
        'rules',
        'classify',
        `packages/rules/${BASE}`,
        `packages/rules/${PROPOSED}`,
        '--fail-on',
        'forbidden',
      ],
      { cwd: REPO_DIR, env, encoding: 'utf8' },
    );
    // The root script's own pnpm prints its command line first; the CLI's output follows.
    expect(child.stdout).toMatch(
      /\nOverall verdict: forbidden \(rulebook north-east-derbyshire\)\n/,
    );
    expect(child.stdout).toContain('options: option o3, deleted');
    expect(child.status).toBe(1);
  }, 30_000);
});
