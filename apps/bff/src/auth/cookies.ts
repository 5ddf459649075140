import { SESSION_COOKIE } from '@harborview/contracts/session';
import { parseCookie } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';

/** Whether cookies get `Secure`: always, never, or when the request came over https (`auto`, see TRUST_PROXY). */
export type CookieSecure = 'auto' | boolean;

/** One cookie's value from a Cookie header (URI-decoded when it decodes, as sent when it does not), or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  return header === undefined ? undefined : parseCookie(header)[name];
}

function options(req: Request, secure: CookieSecure): CookieOptions {
  // No Max-Age: the server decides when a session ends (idle timeout), the browser forgets it when it closes.
  return { path: '/', httpOnly: true, sameSite: 'strict', secure: secure === 'auto' ? req.secure : secure };
}

/** The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure on https. */
export function setSessionCookie(req: Request, res: Response, secure: CookieSecure, token: string): void {
  res.cookie(SESSION_COOKIE, token, options(req, secure));
}

export function clearSessionCookie(req: Request, res: Response, secure: CookieSecure): void {
  res.clearCookie(SESSION_COOKIE, options(req, secure));
}
