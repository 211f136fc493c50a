/**
 * The printable history statement of one report, for a scrutiny committee or a call-in: the
 * report's facts, every version, every proposal with each finding (verdict, clause, reason, the
 * text before and after), the author's decision and attestation, disputes and their resolution,
 * and the full audit log with hashes and the result of verifying the chain. Every interpolated
 * value is escaped by the {@link html} tag.
 */
import type { ChainReport } from '../audit_chain.js';
import type {
  DecisionRecord,
  DisputeRecord,
  ProposalRecord,
  ReportRecord,
  UserRecord,
  VersionRecord,
} from '../db/store.js';
import type { TimelineEntry } from '../presenters/timeline.js';
import { html, type SafeHtml } from './html.js';

/** Everything the statement shows. */
export interface HistoryFacts {
  readonly report: ReportRecord;
  readonly users: ReadonlyMap<string, UserRecord>;
  readonly versions: readonly VersionRecord[];
  readonly proposals: readonly {
    readonly proposal: ProposalRecord;
    readonly disputes: readonly DisputeRecord[];
    readonly decisions: readonly DecisionRecord[];
  }[];
  readonly events: readonly TimelineEntry[];
  readonly chain: ChainReport;
  readonly generatedAt: string;
  readonly generatedBy: UserRecord;
}

const STYLE = `
body { font: 11pt/1.45 Georgia, serif; margin: 2cm; color: #111; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.6em; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: 9.5pt; }
th, td { border: 1px solid #bbb; padding: 3px 5px; text-align: left; vertical-align: top; }
th { background: #eee; } .forbidden { color: #8b0000; font-weight: bold; }
.review { color: #7a4b00; font-weight: bold; } .hash { font-family: monospace; font-size: 8pt; word-break: break-all; }
dl { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; } dt { font-weight: bold; }
@media print { body { margin: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }`;

/** The statement as a complete HTML document. */
export function historyHtml(facts: HistoryFacts): string {
  const { report, users } = facts;
  const name = (id: string | null) => (id ? (users.get(id)?.name ?? id) : '');
  const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
  const page = html`<!doctype html>
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <title>History statement: ${report.title}</title>
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        <h1>History statement: ${report.title}</h1>
        <dl>
          <dt>Decision-maker</dt>
          <dd>${report.decisionMaker}</dd>
          <dt>Report author</dt>
          <dd>${name(report.authorId)}</dd>
          <dt>Portfolio holder or Chair</dt>
          <dd>${name(report.memberId)}</dd>
          <dt>Key decision</dt>
          <dd>${yesNo(report.keyDecision)}</dd>
          <dt>Statutory officer report (7.7)</dt>
          <dd>${yesNo(report.statutory)}</dd>
          <dt>Status</dt>
          <dd>${report.status.replace('_', ' ')}</dd>
          <dt>Rulebook</dt>
          <dd>${report.rulebook}</dd>
          <dt>Generated</dt>
          <dd>
            ${facts.generatedAt} by ${facts.generatedBy.name}
            (${facts.generatedBy.role.replace(/_/g, ' ')})
          </dd>
          <dt>Audit chain</dt>
          <dd>${chainLine(facts.chain)}</dd>
        </dl>

        <h2>Versions</h2>
        <table>
          <thead>
            <tr>
              <th>No.</th>
              <th>Saved</th>
              <th>By</th>
              <th>How</th>
              <th>Text fingerprint (SHA-256)</th>
            </tr>
          </thead>
          <tbody>
            ${facts.versions.map(
              (v) =>
                html`<tr>
                  <td>${v.number}</td>
                  <td>${v.createdAt}</td>
                  <td>${name(v.authorId)}</td>
                  <td>
                    ${v.source === 'proposal' ? 'Author’s decision on a member proposal' : 'Author’s own edit'}
                  </td>
                  <td class="hash">${v.bodyHash}</td>
                </tr>`,
            )}
          </tbody>
        </table>

        <h2>Member proposals</h2>
        ${facts.proposals.length === 0 ? html`<p>No proposals were made.</p>` : facts.proposals.map((p) => proposalSection(p, name))}

        <h2>Audit log</h2>
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>Time (UTC)</th>
              <th>Who</th>
              <th>What</th>
              <th>IP</th>
              <th>Hash</th>
            </tr>
          </thead>
          <tbody>
            ${facts.events.map(
              (e) =>
                html`<tr>
                  <td>${e.seq}</td>
                  <td>${e.at}</td>
                  <td>
                    ${e.actor ? `${e.actor.name} (${e.actor.role.replace(/_/g, ' ')})` : 'system'}
                  </td>
                  <td>${e.summary}</td>
                  <td>${e.ip ?? ''}</td>
                  <td class="hash">${e.hash}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </body>
    </html> `;
  return page.value;
}

function chainLine(chain: ChainReport): string {
  return chain.ok
    ? `verified: all ${chain.events} events link and match their hashes`
    : `BROKEN at event ${chain.firstBroken?.seq ?? '?'}: ${chain.firstBroken?.reason ?? ''}`;
}

function proposalSection(
  entry: HistoryFacts['proposals'][number],
  name: (id: string | null) => string,
): SafeHtml {
  const { proposal, disputes, decisions } = entry;
  return html`<h3>
      Proposal by ${name(proposal.memberId)}, ${proposal.createdAt}: ${proposal.status}
    </h3>
    ${proposal.note ? html`<p>Note: ${proposal.note}</p>` : ''}
    <p>
      Overall verdict:
      <span class="${proposal.classification.verdict}">${proposal.classification.verdict}</span>
      (rulebook ${proposal.classification.rulebook})
    </p>
    <table>
      <thead>
        <tr>
          <th>Change</th>
          <th>Verdict</th>
          <th>Clause</th>
          <th>Reason</th>
          <th>Before</th>
          <th>After</th>
          <th>Author’s decision</th>
          <th>Dispute</th>
        </tr>
      </thead>
      <tbody>
        ${proposal.classification.findings.map((finding) => {
          const decision = decisions.find((d) => d.findingId === finding.id);
          const dispute = disputes.find((d) => d.findingId === finding.id);
          return html`<tr>
            <td>${finding.change.kind} ${finding.change.nodeType} (${finding.change.section})</td>
            <td class="${finding.verdict}">${finding.verdict}</td>
            <td>${finding.clause}</td>
            <td>${finding.reason}</td>
            <td>${finding.change.before ?? ''}</td>
            <td>${finding.change.after ?? ''}</td>
            <td>
              ${decision ? html`${decision.accept ? 'Accepted' : 'Rejected'}${decision.attestation ? html`; attested: “${decision.attestation}”` : ''}` : '—'}
            </td>
            <td>
              ${dispute ? html`Disputed by ${name(dispute.memberId)}: ${dispute.reason}. ${dispute.status === 'open' ? `Awaiting the ${dispute.resolverRole.replace(/_/g, ' ')}.` : html`${dispute.status === 'upheld' ? 'Upheld' : 'Overturned'} by ${name(dispute.resolvedBy)}: ${dispute.resolution ?? ''}`}` : ''}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
}
