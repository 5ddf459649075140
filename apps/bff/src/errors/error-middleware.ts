import type { ErrorBody } from '@harborview/contracts/errors';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';

import { requestState } from '../security/request-state';

import { AppError } from './app-error';

/** Answers any `/api` path no route claimed with a 404 in the error body's shape. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', `No API route for ${req.method} ${req.originalUrl.split('?')[0]}`));
};

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The API is JSON only: a body of any other type is refused with 415 before it is read. This also stops a
 * cross-site form (which can only send text/plain or form encodings) from driving the console.
 */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (BODY_METHODS.has(req.method) && hasBody && !req.is('application/json')) {
    next(new AppError('unsupported_media_type', 'Request bodies must be JSON (Content-Type: application/json)'));
    return;
  }
  next();
};

function hasStatus(error: unknown): error is { status: number; type?: string } {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

/** Maps whatever was thrown to a status and an error body; never leaks stacks or paths. */
export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const details = error.details === undefined ? {} : { details: error.details };
    return { status: error.status, body: { error: { code: error.code, message: error.message, ...details } } };
  }
  if (error instanceof ZodError) {
    const details = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    const first = details[0];
    const message = first ? `Invalid ${first.path || 'request'}: ${first.message}` : 'Invalid request';
    return { status: 400, body: { error: { code: 'validation_failed', message, details } } };
  }
  // body-parser's errors carry a status and a type; keep them 4xx with a plain message.
  if (hasStatus(error) && error.status >= 400 && error.status < 500) {
    if (error.type === 'entity.parse.failed') {
      return { status: 400, body: { error: { code: 'invalid_json', message: 'The request body is not valid JSON' } } };
    }
    if (error.type === 'entity.too.large') {
      return { status: 413, body: { error: { code: 'payload_too_large', message: 'The request body is too large' } } };
    }
    return { status: error.status, body: { error: { code: 'bad_request', message: 'The request could not be read' } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'Internal error' } } };
}

/**
 * The single error middleware: every error the API answers passes through here. `onUnexpected` gets 5xx causes
 * (with their stack, for the server log only) and the request id the client saw.
 */
export function createErrorMiddleware(
  onUnexpected: (error: unknown, requestId: string | undefined) => void,
): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    const { status, body } = toErrorBody(error);
    const state = requestState(res);
    if (status >= 500) onUnexpected(error, state.requestId);
    // A stream (SSE) that fails after its headers went out cannot get an error body: end it instead.
    if (res.headersSent) {
      res.destroy();
      return;
    }
    state.errorCode = body.error.code;
    const retryAfter = (body.error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (status === 429 && typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    res.status(status).json(body);
  };
}
