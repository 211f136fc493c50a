/**
 * Reading a JSON request body without parsing it, for the routes whose bodies are parsed in the
 * worker pool: the main thread only collects the bytes. The limits, content types, compression
 * and charset rules are express.json's (this is express.raw with express.json's charset check),
 * so the answers to oversized or mis-encoded bodies are the same as on every other route; and
 * because the body has been read, express.json further down leaves the request alone.
 */
import { MIMEType } from 'node:util';
import express, { type Request, type RequestHandler } from 'express';
import { unsupportedEncoding } from '../api_error.js';

/** A JSON body as it arrived. */
export interface JsonBytes {
  readonly bytes: Uint8Array;
  /** Its charset, a label TextDecoder knows (utf-8 unless the Content-Type names another). */
  readonly charset: string;
}

/** Middleware: reads a JSON body of at most `limit` bytes into `req.body` as a Buffer. */
export function readJsonBytes(limit: number): RequestHandler {
  const raw = express.raw({ type: 'application/json', limit });
  return (req, res, next) => {
    if (req.is('application/json') && charsetOf(req) === undefined) {
      next(unsupportedEncoding());
      return;
    }
    raw(req, res, next);
  };
}

/** The body {@link readJsonBytes} read; undefined when the request had no JSON body. */
export function jsonBytes(req: Request): JsonBytes | undefined {
  const body: unknown = req.body;
  if (!Buffer.isBuffer(body)) return undefined;
  return { bytes: body, charset: charsetOf(req) ?? 'utf-8' };
}

/**
 * The charset the Content-Type names (utf-8 when it names none or cannot be parsed), or undefined
 * when it is not a UTF (JSON must be, RFC 8259) or not one this server can decode.
 */
function charsetOf(req: Request): string | undefined {
  let charset = 'utf-8';
  try {
    charset = new MIMEType(req.get('content-type') ?? '').params.get('charset') ?? charset;
  } catch {
    // An unparseable Content-Type is not JSON to express either; the default stands.
  }
  charset = charset.toLowerCase();
  if (!charset.startsWith('utf-')) return undefined;
  try {
    new TextDecoder(charset);
    return charset;
  } catch {
    return undefined;
  }
}
