/**
 * The HTTP application. Until the API lands this serves a page saying so; the contract that stays
 * is `startServer`, which the README's start command and the browser tests use.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  /** Stops accepting connections and resolves once open ones have finished. */
  close(): Promise<void>;
}

/** Starts Probity on `port` (0 picks a free one) on the loopback interface unless `host` says otherwise. */
export async function startServer(options: {
  port: number;
  host?: string;
}): Promise<RunningServer> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><title>Probity</title><h1>Probity</h1><p>The Probity server is being built; this placeholder proves the start command works.</p>',
    );
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port, options.host ?? '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
