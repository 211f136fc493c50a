/**
 * The one error middleware. Express 5 sends rejected promises here, so handlers simply throw.
 * An {@link ApiError} is answered with its status and code; body-parser's own errors (malformed
 * JSON, oversized bodies) get codes of their own; anything else is a bug: logged with its stack,
 * answered 500 `internal_error` with no detail, so no stack trace or SQL reaches a client.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ApiError, malformedJson, unsupportedEncoding } from './api_error.js';

interface BodyParserError {
  readonly type: string;
  readonly status: number;
  readonly limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

/** Translates errors into JSON answers. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const apiError = toApiError(error);
    if (!apiError) {
      logger.error({ err: error, method: req.method, url: req.originalUrl }, 'unhandled error');
    }
    const answer =
      apiError ??
      new ApiError(
        500,
        'internal_error',
        'Something went wrong on the server; it has been logged.',
      );
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(answer.status).json({
      error: {
        code: answer.code,
        message: answer.message,
        ...(answer.details === undefined ? {} : { details: answer.details }),
      },
    });
  };
}

function toApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (!isBodyParserError(error)) return undefined;
  switch (error.type) {
    case 'entity.parse.failed':
      return malformedJson();
    case 'entity.too.large':
      return new ApiError(
        413,
        'payload_too_large',
        `The request body is larger than the ${error.limit ?? 'allowed'} byte limit.`,
        {
          limit: error.limit,
        },
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return unsupportedEncoding();
    default:
      return error.status >= 400 && error.status < 500
        ? new ApiError(error.status, 'bad_request', 'The request body could not be read.')
        : undefined;
  }
}

/** Answers unknown API paths with 404 JSON rather than the web app. */
export const unknownApiRoute: RequestHandler = (req, _res, next) => {
  next(new ApiError(404, 'unknown_route', `No API route ${req.method} ${req.path}.`));
};
