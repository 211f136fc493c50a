/**
 * The app's routes: a path on this site to a page and its parameters. Paths are real URLs (the
 * server answers every non-API GET with the app), so links can be bookmarked and shared.
 */

export type Route =
  | { readonly name: 'login' }
  | { readonly name: 'home' }
  | { readonly name: 'new-report' }
  | { readonly name: 'report'; readonly reportId: string }
  | { readonly name: 'suggest'; readonly reportId: string }
  | { readonly name: 'proposal'; readonly proposalId: string }
  | { readonly name: 'history'; readonly reportId: string }
  | { readonly name: 'overview' }
  | { readonly name: 'not-found'; readonly path: string };

const PATTERNS: readonly [RegExp, (match: RegExpMatchArray) => Route][] = [
  [/^\/$/, () => ({ name: 'home' })],
  [/^\/login$/, () => ({ name: 'login' })],
  [/^\/reports\/new$/, () => ({ name: 'new-report' })],
  [/^\/reports\/([^/]+)$/, (m) => ({ name: 'report', reportId: decode(m[1]) })],
  [/^\/reports\/([^/]+)\/suggest$/, (m) => ({ name: 'suggest', reportId: decode(m[1]) })],
  [/^\/reports\/([^/]+)\/history$/, (m) => ({ name: 'history', reportId: decode(m[1]) })],
  [/^\/proposals\/([^/]+)$/, (m) => ({ name: 'proposal', proposalId: decode(m[1]) })],
  [/^\/overview$/, () => ({ name: 'overview' })],
];

/** The route of `pathname` (`not-found` when none matches). */
export function parseRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const [pattern, make] of PATTERNS) {
    const match = path.match(pattern);
    if (match) return make(match);
  }
  return { name: 'not-found', path };
}

/** The path of a route, with its ids encoded. */
export function pathOf(route: Route): string {
  switch (route.name) {
    case 'login':
      return '/login';
    case 'home':
      return '/';
    case 'new-report':
      return '/reports/new';
    case 'report':
      return `/reports/${encodeURIComponent(route.reportId)}`;
    case 'suggest':
      return `/reports/${encodeURIComponent(route.reportId)}/suggest`;
    case 'history':
      return `/reports/${encodeURIComponent(route.reportId)}/history`;
    case 'proposal':
      return `/proposals/${encodeURIComponent(route.proposalId)}`;
    case 'overview':
      return '/overview';
    case 'not-found':
      return route.path;
  }
}

function decode(part: string | undefined): string {
  try {
    return decodeURIComponent(part ?? '');
  } catch {
    return part ?? '';
  }
}
