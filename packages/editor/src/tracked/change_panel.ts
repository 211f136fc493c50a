/**
 * The side panel that lists every finding in document order: its verdict (in words and colour),
 * clause, reason, what changed, and the actions the page offers (revert, dispute, accept...).
 * Clicking "Show" scrolls the editor to the change; a badge clicked in the editor selects the
 * finding here. Everything is built from text: findings from any source render inert.
 */
import type { EditorView } from 'prosemirror-view';
import { TextSelection } from 'prosemirror-state';
import { h } from '../app/dom.js';
import {
  CHANGE_LABELS,
  VERDICT_LABELS,
  VERDICT_MEANINGS,
  type Finding,
  type Verdict,
} from './classification.js';
import { SELECT_FINDING_EVENT, type SelectFindingDetail } from './verdict_badge.js';
import { trackedResult } from './track_changes.js';

export interface ChangePanelOptions {
  readonly view: EditorView;
  /** The panel's heading. */
  readonly title: string;
  /** Extra controls for one finding (revert, dispute, accept...). */
  readonly actions?: (finding: Finding) => HTMLElement | null;
  /** A line under the summary (what is needed before sending, say). */
  readonly footer?: () => HTMLElement | null;
}

/** The panel; call `update()` after the editor's state or the page's decisions change. */
export class ChangePanel {
  readonly element: HTMLElement;
  private readonly summary = h('div', {
    class: 'panel-summary',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  private readonly list = h('ol', { class: 'finding-list' });
  private readonly footer = h('div', { class: 'panel-footer' });
  private lastFindings: readonly Finding[] | null = null;
  private items = new Map<string, HTMLElement>();
  private frame = 0;

  constructor(private readonly options: ChangePanelOptions) {
    this.element = h(
      'aside',
      { class: 'change-panel', attrs: { 'aria-labelledby': 'change-panel-title' } },
      h('h2', { attrs: { id: 'change-panel-title' } }, options.title),
      this.summary,
      this.footer,
      this.list,
      legend(),
    );
    options.view.dom.addEventListener(SELECT_FINDING_EVENT, (event) => {
      const detail = (event as CustomEvent<SelectFindingDetail>).detail;
      this.select(detail.findingId);
    });
    this.update(true);
  }

  /** Redraws on the next frame (at once with `now`), only if the findings changed or `force`. */
  update(now = false, force = false): void {
    if (force) {
      this.lastFindings = null;
      this.items = new Map();
    }
    if (now) {
      this.render();
      return;
    }
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** Brings a finding's item into view and focus. */
  select(findingId: string): void {
    const item = Array.from(this.list.children).find(
      (child): child is HTMLElement =>
        child instanceof HTMLElement && child.dataset['findingId'] === findingId,
    );
    if (!item) return;
    for (const other of Array.from(this.list.querySelectorAll('.finding-selected')))
      other.classList.remove('finding-selected');
    item.classList.add('finding-selected');
    item.scrollIntoView({ block: 'nearest' });
    item.focus();
  }

  /** Scrolls the editor to a finding's change and flashes it. */
  show(findingId: string): void {
    const { view } = this.options;
    const location = trackedResult(view.state)?.locations.get(findingId);
    if (!location) return;
    let target: Element | null = null;
    if (location.deleted) {
      const finding = this.lastFindings?.find((f) => f.id === findingId);
      target = finding
        ? (Array.from(view.dom.querySelectorAll<HTMLElement>('.pm-block-deleted')).find(
            (block) => block.dataset['blockId'] === finding.change.blockId,
          ) ?? null)
        : null;
      target ??= view.domAtPos(location.pos).node as Element;
    } else {
      target = view.nodeDOM(location.pos) as Element | null;
      if (view.editable) {
        const inside = Math.min(location.pos + 1, view.state.doc.content.size);
        view.dispatch(
          view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(inside))),
        );
      }
    }
    if (target instanceof Element) {
      target.scrollIntoView({ block: 'center', behavior: 'smooth' });
      target.classList.add('pm-flash');
      window.setTimeout(() => target.classList.remove('pm-flash'), 1200);
    }
    if (view.editable) view.focus();
  }

  private render(): void {
    const result = trackedResult(this.options.view.state);
    const findings = result?.classification?.findings ?? [];
    this.footer.replaceChildren(
      ...[this.options.footer?.() ?? null].filter((x): x is HTMLElement => x !== null),
    );
    if (result?.error) {
      this.summary.replaceChildren(
        h(
          'p',
          { class: 'banner banner-error' },
          `These changes could not be checked: ${result.error}`,
        ),
      );
    } else {
      this.summary.replaceChildren(summaryOf(findings));
    }
    if (findings === this.lastFindings) return;
    this.lastFindings = findings;
    // Keep the items of unchanged findings, so a keystroke redraws only the finding it changed.
    const items = new Map<string, HTMLElement>();
    const wanted = findings.map((finding, index) => {
      const key = `${index}|${signature(finding)}`;
      const item = (this.items.get(key) ?? this.item(finding, index)) as HTMLElement;
      items.set(key, item);
      return item;
    });
    this.items = items;
    let cursor = this.list.firstChild;
    for (const item of wanted) {
      if (item === cursor) cursor = cursor.nextSibling;
      else this.list.insertBefore(item, cursor);
    }
    while (cursor) {
      const next = cursor.nextSibling;
      cursor.remove();
      cursor = next;
    }
  }

  private item(finding: Finding, index: number): HTMLElement {
    const change = finding.change;
    return h(
      'li',
      {
        class: `finding finding-${finding.verdict}`,
        attrs: {
          tabindex: '-1',
          'aria-label': `Change ${index + 1}: ${VERDICT_LABELS[finding.verdict]}, clause ${finding.clause}`,
        },
        dataset: { findingId: finding.id },
        on: {
          // Clicking the finding (not one of its controls) scrolls the report to the change.
          click: (event) => {
            const target = event.target as Element | null;
            if (!target?.closest('button, a, input, select, textarea, label, form')) {
              this.show(finding.id);
            }
          },
        },
      },
      h(
        'div',
        { class: 'finding-head' },
        h(
          'span',
          { class: `verdict-pill verdict-${finding.verdict}` },
          VERDICT_LABELS[finding.verdict],
        ),
        h('span', { class: 'finding-clause' }, `Clause ${finding.clause}`),
        h(
          'span',
          { class: 'finding-what' },
          `${CHANGE_LABELS[change.kind] ?? change.kind} ${change.nodeType.replace(/_/g, ' ')} · ${change.section.replace(/_/g, ' ')}`,
        ),
      ),
      h('p', { class: 'finding-reason' }, finding.reason),
      excerpt(change.before, change.after),
      h(
        'div',
        { class: 'finding-actions' },
        h(
          'button',
          {
            class: 'button button-small button-quiet',
            attrs: { type: 'button' },
            on: { click: () => this.show(finding.id) },
          },
          'Show',
        ),
        this.options.actions?.(finding) ?? null,
      ),
    );
  }
}

/** Everything an item shows of a finding. */
function signature(finding: Finding): string {
  const { change } = finding;
  return JSON.stringify([
    finding.id,
    finding.verdict,
    finding.clause,
    finding.reason,
    change.kind,
    change.nodeType,
    change.section,
    change.before,
    change.after,
  ]);
}

function summaryOf(findings: readonly Finding[]): HTMLElement {
  if (findings.length === 0) return h('p', { class: 'empty' }, 'No changes yet.');
  const count = (verdict: Verdict) => findings.filter((f) => f.verdict === verdict).length;
  const parts = (['forbidden', 'review', 'permitted'] as const)
    .map((verdict) => [verdict, count(verdict)] as const)
    .filter(([, n]) => n > 0);
  return h(
    'p',
    { class: 'summary-counts' },
    `${findings.length} change${findings.length === 1 ? '' : 's'}: `,
    ...parts.flatMap(([verdict, n], i) => [
      i > 0 ? ', ' : '',
      h(
        'span',
        { class: `count count-${verdict}` },
        `${n} ${VERDICT_LABELS[verdict].toLowerCase()}`,
      ),
    ]),
  );
}

function excerpt(before: string | undefined, after: string | undefined): HTMLElement | null {
  if (!before && !after) return null;
  const clip = (text: string) => (text.length > 220 ? `${text.slice(0, 217)}…` : text);
  return h(
    'div',
    { class: 'finding-excerpt' },
    before
      ? h(
          'p',
          { class: 'excerpt-before' },
          h('span', { class: 'visually-hidden' }, 'Before: '),
          h('del', {}, clip(before)),
        )
      : null,
    after
      ? h(
          'p',
          { class: 'excerpt-after' },
          h('span', { class: 'visually-hidden' }, 'After: '),
          h('ins', {}, clip(after)),
        )
      : null,
  );
}

function legend(): HTMLElement {
  return h(
    'details',
    { class: 'legend' },
    h('summary', {}, 'What the verdicts mean'),
    h(
      'dl',
      {},
      ...(['permitted', 'review', 'forbidden'] as const).flatMap((verdict) => [
        h(
          'dt',
          {},
          h('span', { class: `verdict-pill verdict-${verdict}` }, VERDICT_LABELS[verdict]),
        ),
        h('dd', {}, VERDICT_MEANINGS[verdict]),
      ]),
    ),
  );
}
