/**
 * Plain messages for what went wrong, shown where the user is looking: a lost connection, a
 * refusal, a newer version saved by someone else (409), or a server fault. Messages are text.
 */
import { ApiError } from '../api/client.js';
import { h } from './dom.js';

/** The words for `error`, as a person should read them. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return error.message;
    if (error.status === 401 && error.code === 'unauthenticated') {
      return 'Your session has ended. Log in again (in another tab, to keep this page); nothing you have typed is lost: it is kept in this browser.';
    }
    if (error.status === 409) {
      return `${error.message} Your changes are still here and kept in this browser.`;
    }
    if (error.status >= 500) {
      return `The server could not do that (${error.status}): ${error.message} Your work is kept in this browser; try again in a moment.`;
    }
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** A banner: `alert` for errors (announced at once), `status` for news. */
export function banner(
  kind: 'error' | 'success' | 'info' | 'warning',
  message: string,
  ...actions: HTMLElement[]
): HTMLElement {
  return h(
    'div',
    { class: `banner banner-${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } },
    h('p', {}, message),
    actions.length ? h('div', { class: 'banner-actions' }, ...actions) : null,
  );
}

/** A live region on a page that shows one message at a time. */
export class Notices {
  readonly element = h('div', { class: 'notices', attrs: { 'aria-live': 'polite' } });

  show(kind: 'error' | 'success' | 'info' | 'warning', message: string, ...actions: HTMLElement[]) {
    this.element.replaceChildren(banner(kind, message, ...actions));
  }

  error(error: unknown, ...actions: HTMLElement[]): void {
    this.show('error', describeError(error), ...actions);
  }

  clear(): void {
    this.element.replaceChildren();
  }
}
