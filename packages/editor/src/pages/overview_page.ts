/**
 * Findings across every report, for democratic services and the Monitoring Officer: counts by
 * clause and by month as stacked bar charts (inline SVG, each with a table of the same figures
 * for screen readers), and by member.
 */
import type { FindingCount } from '../api/client.js';
import { h } from '../app/dom.js';
import type { Page, PageContext } from '../app/page.js';
import { VERDICT_LABELS, type Verdict } from '../tracked/classification.js';

const SVG = 'http://www.w3.org/2000/svg';
const VERDICTS: readonly Verdict[] = ['permitted', 'review', 'forbidden'];

function svg(
  tag: string,
  attrs: Record<string, string | number>,
  ...children: (SVGElement | string)[]
): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children)
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return el;
}

/** A horizontal stacked bar chart of `rows` (one bar per key, segments by verdict). */
export function barChart(title: string, rows: readonly FindingCount[]): SVGElement {
  const rowHeight = 28;
  const labelWidth = 170;
  const width = 640;
  const barWidth = width - labelWidth - 50;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const height = rows.length * rowHeight + 30;
  const bars = rows.map((row, i) => {
    const y = i * rowHeight + 4;
    let x = labelWidth;
    const segments = VERDICTS.map((verdict) => {
      const w = (row[verdict] / max) * barWidth;
      const rect = svg(
        'rect',
        { x, y, width: Math.max(0, w), height: rowHeight - 10, class: `bar bar-${verdict}` },
        svg('title', {}, `${row.label}: ${row[verdict]} ${VERDICT_LABELS[verdict].toLowerCase()}`),
      );
      x += w;
      return rect;
    });
    return svg(
      'g',
      {},
      svg(
        'text',
        { x: labelWidth - 8, y: y + rowHeight / 2, 'text-anchor': 'end', class: 'chart-label' },
        row.label,
      ),
      ...segments,
      svg('text', { x: x + 6, y: y + rowHeight / 2, class: 'chart-value' }, String(row.total)),
    );
  });
  const legend = svg(
    'g',
    { transform: `translate(${labelWidth}, ${rows.length * rowHeight + 12})` },
    ...VERDICTS.flatMap((verdict, i) => [
      svg('rect', { x: i * 130, y: 0, width: 12, height: 12, class: `bar bar-${verdict}` }),
      svg('text', { x: i * 130 + 18, y: 10, class: 'chart-legend' }, VERDICT_LABELS[verdict]),
    ]),
  );
  return svg(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, class: 'chart' },
    svg('title', {}, title),
    ...bars,
    legend,
  );
}

function figures(caption: string, rows: readonly FindingCount[]): HTMLElement {
  return h(
    'table',
    { class: 'figures' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { attrs: { scope: 'col' } }, ''),
        ...VERDICTS.map((v) => h('th', { attrs: { scope: 'col' } }, VERDICT_LABELS[v])),
        h('th', { attrs: { scope: 'col' } }, 'Total'),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' } }, row.label),
          ...VERDICTS.map((v) => h('td', {}, String(row[v]))),
          h('td', {}, String(row.total)),
        ),
      ),
    ),
  );
}

export async function overviewPage(context: PageContext): Promise<Page> {
  const stats = await context.api.findingStats();
  const chartPanel = (id: string, title: string, rows: readonly FindingCount[]) =>
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': id } },
      h('h2', { attrs: { id } }, title),
      rows.length
        ? h('figure', { class: 'chart-figure' }, barChart(title, rows))
        : h('p', { class: 'empty' }, 'No findings yet.'),
      rows.length
        ? h('details', {}, h('summary', {}, 'The figures as a table'), figures(title, rows))
        : null,
    );
  return {
    title: 'Findings across reports',
    element: h(
      'div',
      { class: 'page' },
      h('h1', {}, 'Findings across reports'),
      h(
        'p',
        { class: 'lede' },
        'Every change members have proposed, counted by the protocol clause it fell under, by month and by member.',
      ),
      chartPanel('by-clause', 'Findings by clause', stats.byClause),
      chartPanel('by-month', 'Findings by month', stats.byMonth),
      h(
        'section',
        { class: 'panel', attrs: { 'aria-labelledby': 'by-member' } },
        h('h2', { attrs: { id: 'by-member' } }, 'Findings by member'),
        stats.byMember.length
          ? figures('Findings by member', stats.byMember)
          : h('p', { class: 'empty' }, 'No findings yet.'),
      ),
    ),
  };
}
