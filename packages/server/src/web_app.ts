/**
 * Serves the built editor (`packages/editor/dist`) at `/`, with the single-page app's index.html
 * for any other GET that is not an API path, so deep links work. When the editor has not been
 * built, a plain page says so instead.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import { escapeHtml } from './exports/escape_html.js';

/** Where the editor's build lands, relative to this package (same from `src/` and `dist/`). */
export const DEFAULT_EDITOR_DIST = fileURLToPath(new URL('../../editor/dist', import.meta.url));

const NOT_API = /^\/(?!api\/|api$|healthz$)/;

/** The router that serves the web app from `directory`. */
export function webAppRouter(directory: string = DEFAULT_EDITOR_DIST): Router {
  const router = Router();
  const index = join(directory, 'index.html');
  router.use(express.static(directory, { index: false, maxAge: '1h', fallthrough: true }));
  router.get(NOT_API, (_req, res) => {
    if (existsSync(index)) {
      res.set('cache-control', 'no-cache').sendFile(index);
      return;
    }
    res
      .type('html')
      .send(
        `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>Probity</title><h1>Probity</h1><p>The web app has not been built yet (expected at ${escapeHtml(directory)}). Run <code>pnpm -r build</code>; the API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p></html>`,
      );
  });
  return router;
}
