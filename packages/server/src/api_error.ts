/**
 * The one error type the API answers with. Every refusal a client can act on is an ApiError with a
 * stable snake_case `code`, an HTTP status, a message that says what and where, and optional
 * structured `details`; the error middleware turns it into `{ error: { code, message, details } }`.
 */

/** An expected refusal, reported to the client as JSON. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** 400: the request is malformed or its values are invalid. */
export const badRequest = (code: string, message: string, details?: unknown) =>
  new ApiError(400, code, message, details);

/** 400: the request body is not JSON (or not an object or array, as express.json requires). */
export const malformedJson = () =>
  new ApiError(400, 'malformed_json', 'The request body is not valid JSON.');

/** 415: the request body is in a character set the server does not read. */
export const unsupportedEncoding = () =>
  new ApiError(415, 'unsupported_encoding', 'Send the body as UTF-8 JSON.');

/** 401: no valid session. */
export const unauthenticated = () =>
  new ApiError(401, 'unauthenticated', 'Log in to continue: no valid session.');

/** 403: logged in, but this role may not do this. */
export const forbidden = (message: string) => new ApiError(403, 'forbidden', message);

/** 404: unknown id, or one the user may not see (the two are answered alike). */
export const notFound = (what: string, id: string) =>
  new ApiError(404, 'not_found', `No ${what} with id ${JSON.stringify(id)}.`);

/** 409: the request is out of date or the resource is in the wrong state. */
export const conflict = (code: string, message: string, details?: unknown) =>
  new ApiError(409, code, message, details);

/** 422: well-formed, but refused by the protocol or the workflow's rules. */
export const unprocessable = (code: string, message: string, details?: unknown) =>
  new ApiError(422, code, message, details);
