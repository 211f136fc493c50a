/** Structured JSON logs (pino), and a request log line per response. */
import type { RequestHandler } from 'express';
import { pino, type Logger } from 'pino';

/**
 * A logger at `level`, writing JSON lines to stdout. The writes are asynchronous (pino's
 * `sync: false`): lines logged while a write is under way go out together in the next one, so a
 * slow log pipe or a busy disk never holds up requests; pino flushes what is left when the
 * process exits. (A power cut could lose the last lines; the audit trail is in the database.)
 */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: { service: 'probity' },
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', '*.password'],
    },
    pino.destination({ dest: 1, sync: false }),
  );
}

/** Logs each request once it is answered: method, path, status, duration in milliseconds. */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const level = res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug';
      logger[level](
        {
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
        },
        'request',
      );
    });
    next();
  };
}
