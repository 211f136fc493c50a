/**
 * The app shell: the header (who is logged in, where to go), the page area, routing between
 * pages, and the guards that keep unsaved work from being lost silently (a question before
 * leaving a page in the app, the browser's own warning before closing or reloading the tab).
 */
import type { ApiClient, User } from '../api/client.js';
import { h, replace } from './dom.js';
import { ROLE_LABELS } from './format.js';
import { banner, describeError } from './notice.js';
import type { Page, PageContext } from './page.js';
import { parseRoute, type Route } from './router.js';

/** Makes the page for a route. */
export type PageMaker = (context: PageContext) => Promise<Page>;

/** Makes the login page (the one page without a user). */
export type LoginMaker = (api: ApiClient, onLogin: (user: User) => void) => Page;

export interface ShellOptions {
  readonly root: HTMLElement;
  readonly api: ApiClient;
  readonly pages: (route: Route) => PageMaker;
  readonly login: LoginMaker;
}

/** The running app. */
export class Shell {
  private user: User | null = null;
  private page: Page | null = null;
  private readonly header = h('header', { class: 'app-header' });
  private readonly main = h('main', {
    class: 'app-main',
    attrs: { id: 'content', tabindex: '-1' },
  });
  private renderCount = 0;

  constructor(private readonly options: ShellOptions) {
    const skip = h('a', { class: 'skip-link', attrs: { href: '#content' } }, 'Skip to content');
    replace(options.root, skip, this.header, this.main);
    window.addEventListener('popstate', () => void this.render());
    window.addEventListener('beforeunload', (event) => {
      if (this.page?.hasUnsavedChanges?.()) {
        event.preventDefault();
        // Older browsers need a returnValue to show their warning.
        event.returnValue = '';
      }
    });
    document.addEventListener('click', (event) => this.interceptLink(event));
  }

  /** Finds out who is logged in and shows the page for the current URL. */
  async start(): Promise<void> {
    try {
      this.user = await this.options.api.currentUser();
    } catch (error) {
      replace(this.main, banner('error', describeError(error)));
      return;
    }
    await this.render();
  }

  /** Goes to `path` unless the current page has unsaved work and the user says stay. */
  navigate(path: string, options: { readonly replace?: boolean } = {}): void {
    if (
      this.page?.hasUnsavedChanges?.() &&
      !window.confirm('You have changes the server does not have yet. Leave this page anyway?')
    ) {
      return;
    }
    if (options.replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    void this.render();
  }

  private interceptLink(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const href = anchor.getAttribute('href');
    if (!href || !href.startsWith('/') || href.startsWith('//') || href.startsWith('/api/')) return;
    event.preventDefault();
    this.navigate(href);
  }

  private async render(): Promise<void> {
    const count = ++this.renderCount;
    this.page?.dispose?.();
    this.page = null;
    const route = parseRoute(location.pathname);
    const user = this.user;
    this.renderHeader();
    if (!user) {
      if (route.name !== 'login') {
        history.replaceState(null, '', `/login?next=${encodeURIComponent(location.pathname)}`);
      }
      this.show(
        this.options.login(this.options.api, (loggedIn) => {
          this.user = loggedIn;
          const next = new URLSearchParams(location.search).get('next') ?? '/';
          this.navigate(next.startsWith('/') && !next.startsWith('//') ? next : '/', {
            replace: true,
          });
        }),
      );
      return;
    }
    if (route.name === 'login') {
      history.replaceState(null, '', '/');
      return this.render();
    }
    replace(this.main, h('p', { class: 'loading', attrs: { role: 'status' } }, 'Loading…'));
    const context: PageContext = {
      api: this.options.api,
      user,
      route,
      navigate: (path, options) => this.navigate(path, options),
    };
    let page: Page;
    try {
      page = await this.options.pages(route)(context);
    } catch (error) {
      if (count !== this.renderCount) return;
      const retry = h(
        'button',
        { class: 'button', attrs: { type: 'button' }, on: { click: () => void this.render() } },
        'Try again',
      );
      replace(
        this.main,
        h('h1', {}, 'This page could not be shown'),
        banner('error', describeError(error), retry),
      );
      return;
    }
    if (count !== this.renderCount) {
      page.dispose?.();
      return;
    }
    this.show(page);
  }

  private show(page: Page): void {
    this.page = page;
    document.title = `${page.title} · Probity`;
    replace(this.main, page.element);
    // Move focus to the page's first field when it asks (log in), else to its heading, so
    // keyboard and screen-reader users start there.
    const field = this.main.querySelector<HTMLElement>('[data-autofocus]');
    const heading = this.main.querySelector<HTMLElement>('h1');
    if (field) field.focus();
    else if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }

  private renderHeader(): void {
    const user = this.user;
    const nav = user
      ? h(
          'nav',
          { class: 'app-nav', attrs: { 'aria-label': 'Main' } },
          h('a', { attrs: { href: '/' } }, 'My reports'),
          ['democratic_services', 'monitoring_officer'].includes(user.role)
            ? h('a', { attrs: { href: '/overview' } }, 'Findings across reports')
            : null,
        )
      : null;
    const who = user
      ? h(
          'div',
          { class: 'app-user' },
          h('span', { class: 'app-user-name' }, user.name),
          h('span', { class: 'app-user-role' }, ROLE_LABELS[user.role] ?? user.role),
          h(
            'button',
            {
              class: 'button button-quiet',
              attrs: { type: 'button' },
              on: { click: () => void this.logout() },
            },
            'Log out',
          ),
        )
      : null;
    replace(
      this.header,
      h(
        'div',
        { class: 'app-header-inner' },
        h(
          'a',
          { class: 'brand', attrs: { href: '/' } },
          h('span', { class: 'brand-mark', attrs: { 'aria-hidden': 'true' } }, 'P'),
          h('span', { class: 'brand-name' }, 'Probity'),
        ),
        nav,
        who,
      ),
    );
  }

  private async logout(): Promise<void> {
    if (
      this.page?.hasUnsavedChanges?.() &&
      !window.confirm('You have changes the server does not have yet. Log out anyway?')
    ) {
      return;
    }
    try {
      await this.options.api.logout();
    } catch {
      // Logged out locally either way; the session expires on the server.
    }
    this.page?.dispose?.();
    this.page = null;
    this.user = null;
    history.pushState(null, '', '/login');
    void this.render();
  }
}
