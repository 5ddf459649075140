import type { Server } from 'node:http';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request exactly as it goes on the wire: no URL normalising, no header defaults beyond Host and length. */
export interface RawRequest {
  method: string;
  /** Path and query as sent, e.g. `/api/hosts/%2e%2e?x=1&x=2`; may hold latin1 bytes Node passes through. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** Send the body with `Transfer-Encoding: chunked` instead of a Content-Length. */
  chunked?: boolean;
}

export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

const RESPONSE_TEXT_LIMIT = 64 * 1024;

/**
 * Sends one request with node:http, which (unlike supertest) leaves hostile paths and headers as they are.
 * `headersOnly` resolves at the status line and drops the connection, for the SSE stream that never ends.
 */
export async function sendRaw(
  server: Server,
  agent: http.Agent,
  req: RawRequest,
  headersOnly = false,
): Promise<RawResponse> {
  try {
    return await sendOnce(server, agent, req, headersOnly);
  } catch (error) {
    // A kept-alive socket the server had already closed (it may, after refusing a request) fails before the
    // request reached it: that is the client's guess gone wrong, so send once more on a fresh connection.
    if ((error as { reusedSocket?: boolean }).reusedSocket !== true) throw error;
    return sendOnce(server, false, req, headersOnly);
  }
}

function sendOnce(
  server: Server,
  agent: http.Agent | false,
  req: RawRequest,
  headersOnly: boolean,
): Promise<RawResponse> {
  const { port } = server.address() as AddressInfo;
  const headers: Record<string, string> = { ...req.headers };
  // Node's client frames a GET/DELETE body only when told: without either header the body bytes would be read as
  // the start of the next request (Node's parser then answers 400 and hangs up, which is right, but not this test).
  if (req.body !== undefined) {
    if (req.chunked) headers['transfer-encoding'] = 'chunked';
    else headers['content-length'] = String(req.body.length);
  }
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host: '127.0.0.1', port, method: req.method, path: req.path, headers, agent });
    outgoing.on('error', (error) => reject(Object.assign(error, { reusedSocket: outgoing.reusedSocket })));
    outgoing.on('response', (res) => {
      const contentType = res.headers['content-type'] ?? '';
      if (headersOnly) {
        resolve({ status: res.statusCode ?? 0, contentType, text: '' });
        res.destroy();
        outgoing.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size < RESPONSE_TEXT_LIMIT) chunks.push(chunk);
        size += chunk.length;
      });
      res.on('error', reject);
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, contentType, text: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    if (req.body !== undefined) outgoing.write(req.body);
    outgoing.end();
  });
}
