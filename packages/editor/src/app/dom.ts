/**
 * The one way this app builds DOM: `h('p', { class: 'note' }, 'text')`. Text always goes in as
 * text nodes (never parsed as HTML), and `href`/`src` attributes are refused unless they are a
 * same-origin path or an http, https or mailto URL, so data from any source renders inert.
 */
import { isSafeHref } from '@probity/rules';

/** A child of {@link h}: a node, text (set as text, never markup), or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Attributes, properties and listeners for {@link h}. */
export interface Props {
  readonly class?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  readonly dataset?: Readonly<Record<string, string>>;
  readonly on?: Readonly<{
    [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void;
  }>;
}

/** True for a link target the app may render: a path on this site, or a safe absolute URL. */
export function isRenderableHref(href: string): boolean {
  if (href.startsWith('/') && !href.startsWith('//')) return true;
  if (href.startsWith('#')) return true;
  return isSafeHref(href);
}

/** Creates an element; see the file comment for what it refuses. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    const text = value === true ? '' : String(value);
    if ((name === 'href' || name === 'src' || name === 'action') && !isRenderableHref(text)) {
      continue;
    }
    if (name.toLowerCase().startsWith('on')) {
      throw new Error(`h(${tag}): inline event handler attribute "${name}" is not allowed`);
    }
    el.setAttribute(name, text);
  }
  for (const [name, value] of Object.entries(props.dataset ?? {})) el.dataset[name] = value;
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    el.addEventListener(type, listener as EventListener);
  }
  if (props.text !== undefined) el.textContent = props.text;
  append(el, children);
  return el;
}

/** Appends children to `parent` as {@link h} does. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child))
        : child,
    );
  }
}

/** Replaces everything inside `parent`. */
export function replace(parent: Element, ...children: readonly Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}
