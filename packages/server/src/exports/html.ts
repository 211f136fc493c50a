/**
 * A tagged template for HTML that escapes every interpolated value unless it is already
 * {@link SafeHtml} built by this same tag, so a history statement cannot be made to run script
 * by anything a user typed. Arrays are joined; null and undefined render as nothing.
 */
import { escapeHtml } from './escape_html.js';

/** Markup built by {@link html}; the only kind that is inserted unescaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Builds markup, escaping each interpolated value. */
export function html(strings: TemplateStringsArray, ...values: readonly unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
}
