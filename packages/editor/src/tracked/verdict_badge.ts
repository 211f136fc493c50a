/**
 * The verdict badge: the verdict in words (never colour alone), the clause, and the reason in a
 * tooltip that shows on hover and on keyboard focus and is tied to the badge for screen readers.
 */
import { h } from '../app/dom.js';
import { VERDICT_LABELS, type Finding } from './classification.js';

/** The DOM event a badge sends when clicked, so the page can select the finding in its panel. */
export const SELECT_FINDING_EVENT = 'probity:select-finding';

/** Detail of {@link SELECT_FINDING_EVENT}. */
export interface SelectFindingDetail {
  readonly findingId: string;
}

let tooltipCount = 0;

/** A focusable badge for `finding`; clicking it sends {@link SELECT_FINDING_EVENT}. */
export function verdictBadge(finding: Finding): HTMLElement {
  const tipId = `verdict-tip-${++tooltipCount}`;
  const button = h(
    'button',
    {
      class: `verdict verdict-${finding.verdict}`,
      attrs: { type: 'button', 'aria-describedby': tipId },
      dataset: { findingId: finding.id },
      on: {
        click: (event) => {
          event.preventDefault();
          button.dispatchEvent(
            new CustomEvent<SelectFindingDetail>(SELECT_FINDING_EVENT, {
              bubbles: true,
              detail: { findingId: finding.id },
            }),
          );
        },
      },
    },
    h('span', { class: 'verdict-icon', attrs: { 'aria-hidden': 'true' } }, ICONS[finding.verdict]),
    `${VERDICT_LABELS[finding.verdict]} · ${finding.clause}`,
  );
  return h(
    'span',
    { class: 'verdict-wrap' },
    button,
    h(
      'span',
      { class: 'verdict-tip', attrs: { role: 'tooltip', id: tipId } },
      h('strong', {}, `Clause ${finding.clause}. `),
      finding.reason,
    ),
  );
}

const ICONS = { permitted: '✓', review: '!', forbidden: '✕' } as const;
