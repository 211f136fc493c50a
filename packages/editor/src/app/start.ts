/** Wires the pages to the routes and starts the app in `root`. */
import { ApiClient } from '../api/client.js';
import { historyPage } from '../pages/history_page.js';
import { homePage } from '../pages/home.js';
import { loginPage } from '../pages/login.js';
import { newReportPage } from '../pages/new_report.js';
import { overviewPage } from '../pages/overview_page.js';
import { proposalPage } from '../pages/proposal_page.js';
import { reportPage } from '../pages/report_page.js';
import { suggestPage } from '../pages/suggest_page.js';
import { h } from './dom.js';
import type { Page } from './page.js';
import type { Route } from './router.js';
import { Shell, type PageMaker } from './shell.js';

function pageFor(route: Route): PageMaker {
  switch (route.name) {
    case 'home':
    case 'login':
      return homePage;
    case 'new-report':
      return newReportPage;
    case 'report':
      return (context) => reportPage(context, route.reportId);
    case 'suggest':
      return (context) => suggestPage(context, route.reportId);
    case 'proposal':
      return (context) => proposalPage(context, route.proposalId);
    case 'history':
      return (context) => historyPage(context, route.reportId);
    case 'overview':
      return overviewPage;
    case 'not-found':
      return async (): Promise<Page> => ({
        title: 'Not found',
        element: h(
          'div',
          { class: 'page' },
          h('h1', {}, 'Page not found'),
          h(
            'p',
            {},
            'There is nothing at this address. ',
            h('a', { attrs: { href: '/' } }, 'Go to my reports'),
            '.',
          ),
        ),
      });
  }
}

/** Starts Probity in `root`; resolves once the first page is shown. */
export function startApp(root: HTMLElement, api = new ApiClient()): Promise<void> {
  return new Shell({ root, api, pages: pageFor, login: loginPage }).start();
}
