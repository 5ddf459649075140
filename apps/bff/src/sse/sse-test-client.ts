import type { IncomingHttpHeaders } from 'node:http';
import http from 'node:http';

/** One dispatched SSE message as EventSource would see it. */
export interface SseMessage {
  id: string | undefined;
  event: string | undefined;
  data: string;
}

/** A minimal EventSource for tests and benches: records messages and comments, never reconnects. */
export interface SseTestClient {
  status: number;
  headers: IncomingHttpHeaders;
  messages: SseMessage[];
  comments: string[];
  retry: number | undefined;
  /** Ids of the messages so far, as numbers. */
  ids(): number[];
  /** Bounded polling: resolves when `condition` holds, rejects naming `what` after `timeoutMs`. */
  waitFor(condition: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  close(): void;
}

const POLL_MS = 5;
// Under Vitest's 5 s test timeout, so a missed condition fails with its own message.
const DEFAULT_WAIT_MS = 4_000;

/** Bounded polling for a condition, so tests wait on facts rather than on sleeps. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}

function createParser(client: SseTestClient, onMessage: (message: SseMessage) => void): (text: string) => void {
  let buffered = '';
  let current: SseMessage = { id: undefined, event: undefined, data: '' };
  let hasData = false;
  return (text) => {
    buffered += text;
    const lines = buffered.split(/\r\n|\r|\n/);
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line === '') {
        if (hasData) {
          client.messages.push(current);
          onMessage(current);
        }
        current = { id: undefined, event: undefined, data: '' };
        hasData = false;
      } else if (line.startsWith(':')) {
        client.comments.push(line.slice(1).trim());
      } else {
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'id') current.id = value;
        else if (field === 'event') current.event = value;
        else if (field === 'retry') client.retry = Number(value);
        else if (field === 'data') {
          current.data = hasData ? `${current.data}\n${value}` : value;
          hasData = true;
        }
      }
    }
  };
}

/** Opens `url` and resolves once the response headers arrived (any status; the body is then read as SSE). */
export function connectSse(
  url: string,
  headers: Record<string, string> = {},
  onMessage: (message: SseMessage) => void = () => {},
): Promise<SseTestClient> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { Accept: 'text/event-stream', ...headers }, agent: false }, (res) => {
      const client: SseTestClient = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        messages: [],
        comments: [],
        retry: undefined,
        ids: () => client.messages.map((message) => Number(message.id)),
        waitFor: waitUntil,
        close: () => request.destroy(),
      };
      const parse = createParser(client, onMessage);
      res.setEncoding('utf8');
      res.on('data', parse);
      // A destroyed request errors its response; the test already decided it is done with it.
      res.on('error', () => {});
      resolve(client);
    });
    request.on('error', reject);
  });
}
