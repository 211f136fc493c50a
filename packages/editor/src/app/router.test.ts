import { describe, expect, it } from 'vitest';
import { parseRoute, pathOf, type Route } from './router.js';

describe('parseRoute', () => {
  it('reads every page of the app from its path', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('/login')).toEqual({ name: 'login' });
    expect(parseRoute('/reports/new')).toEqual({ name: 'new-report' });
    expect(parseRoute('/reports/r-1')).toEqual({ name: 'report', reportId: 'r-1' });
    expect(parseRoute('/reports/r-1/suggest/')).toEqual({ name: 'suggest', reportId: 'r-1' });
    expect(parseRoute('/reports/r-1/history')).toEqual({ name: 'history', reportId: 'r-1' });
    expect(parseRoute('/proposals/p%201')).toEqual({ name: 'proposal', proposalId: 'p 1' });
    expect(parseRoute('/overview')).toEqual({ name: 'overview' });
  });

  it('says not-found for anything else, including a malformed escape', () => {
    expect(parseRoute('/reports/a/b/c')).toEqual({ name: 'not-found', path: '/reports/a/b/c' });
    expect(parseRoute('/proposals/%E0%A4%A')).toEqual({ name: 'proposal', proposalId: '%E0%A4%A' });
  });

  it('round-trips routes through their paths, ids encoded', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'report', reportId: 'a/b?c' },
      { name: 'suggest', reportId: 'x' },
      { name: 'proposal', proposalId: '../../api' },
      { name: 'history', reportId: 'r' },
      { name: 'overview' },
    ];
    for (const route of routes) expect(parseRoute(pathOf(route))).toEqual(route);
  });
});
