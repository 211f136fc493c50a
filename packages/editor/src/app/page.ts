/** What every page of the app is given and gives back. */
import type { ApiClient, User } from '../api/client.js';
import type { Route } from './router.js';

export interface PageContext {
  readonly api: ApiClient;
  readonly user: User;
  readonly route: Route;
  /** Goes to a path on this site (asks first if the page has unsaved work). */
  navigate(path: string, options?: { readonly replace?: boolean }): void;
}

export interface Page {
  /** The page's title, for the tab and the history. */
  readonly title: string;
  readonly element: HTMLElement;
  /** True while the page holds work the server does not have yet. */
  hasUnsavedChanges?(): boolean;
  /** Called when the page is left. */
  dispose?(): void;
}
