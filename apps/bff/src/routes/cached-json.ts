import type { Response } from 'express';

// A page of 100 volumes is ~200 KB of JSON: serializing it, encoding it to bytes and hashing it for the ETag cost
// more than reading it from the twin. The twin backend hands out one shared object per state and query
// (twin-volume-reads.ts), so the bytes and ETag are kept per object and die with it (WeakMap key). A backend that
// builds a fresh object per call only pays what res.json would.
interface Body {
  bytes: Buffer;
  etag: string | undefined;
}
const bodies = new WeakMap<object, Body>();

/**
 * Sends `value` as `res.json` would (same bytes, content type, ETag and 304 on a match), reusing the bytes of an
 * object sent before. The object must not be mutated after it is first sent.
 */
export function sendSharedJson(res: Response, value: object): void {
  let body = bodies.get(value);
  if (!body) {
    const bytes = Buffer.from(JSON.stringify(value), 'utf8');
    const etagOf = res.app.get('etag fn') as ((chunk: Buffer) => string | undefined) | undefined;
    body = { bytes, etag: etagOf?.(bytes) };
    bodies.set(value, body);
  }
  res.set('Content-Type', 'application/json; charset=utf-8');
  // Set before send, so express neither hashes the body again nor replaces it; it still answers If-None-Match.
  if (body.etag) res.set('ETag', body.etag);
  res.send(body.bytes);
}
