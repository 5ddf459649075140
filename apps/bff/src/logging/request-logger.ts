import { randomUUID } from 'node:crypto';

import { REQUEST_ID_HEADER } from '@harborview/contracts/session';
import type { RequestHandler } from 'express';

import { requestState } from '../security/request-state';

import type { Logger } from './logger';

// A caller's own id is kept when it is plainly an id, so it cannot smuggle anything into log lines.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const MAX_PATH = 300;

/**
 * Gives every request an id (the caller's X-Request-Id when sane, else a UUID), echoes it in X-Request-Id, and
 * logs one line when the answer is done: id, method, path (no query string), status, ms and user. Headers and
 * bodies are never logged, so passwords, cookies and CSRF tokens cannot be.
 */
export function createRequestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const sent = req.header(REQUEST_ID_HEADER);
    const requestId = sent !== undefined && SAFE_ID.test(sent) ? sent : randomUUID();
    const state = requestState(res);
    state.requestId = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = process.hrtime.bigint();
    res.on('close', () => {
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      logger.info(
        {
          reqId: requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0]!.slice(0, MAX_PATH),
          status: res.statusCode,
          ms,
          user: state.user?.username ?? null,
          ...(state.errorCode ? { errorCode: state.errorCode } : {}),
        },
        'request',
      );
    });
    next();
  };
}
