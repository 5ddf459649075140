import { createHash } from 'node:crypto';

import type { Digest } from './digest';
import { isDigest, sha256Digest } from './digest';
import { RegistryHttpError, RegistryUnavailableError } from './errors';

/** A blob to upload: its bytes and the digest the registry must agree with. */
export interface PushBlob {
  digest: Digest;
  bytes: Uint8Array;
}

/** A manifest as fetched: raw bytes (their sha256 is the manifest digest) and the served media type. */
export interface FetchedManifest {
  bytes: Buffer;
  mediaType: string;
  digest: Digest;
}

/** The distribution (OCI) HTTP API calls Harborview makes; every call is bounded by `timeoutMs`. */
export interface DistributionClient {
  readonly baseUrl: string;
  /** Resolves when `GET /v2/` answers 200; throws RegistryUnavailableError when nothing serves. */
  ping(): Promise<void>;
  /** Uploads a blob unless `HEAD` shows the registry has it already; true when it was uploaded. */
  pushBlob(repository: string, blob: PushBlob): Promise<boolean>;
  /** `PUT /v2/<name>/manifests/<tag>`; returns the digest the registry stored it under. */
  putManifest(repository: string, tag: string, bytes: Uint8Array, mediaType: string): Promise<Digest>;
  getManifest(repository: string, reference: string): Promise<FetchedManifest>;
  getBlob(repository: string, digest: Digest): Promise<Buffer>;
  /** Streams a blob through sha256 without holding it in memory: what verify uses on real-sized layers. */
  hashBlob(repository: string, digest: Digest): Promise<{ digest: Digest; size: number }>;
  catalog(): Promise<string[]>;
  tags(repository: string): Promise<string[]>;
}

const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ');
const DEFAULT_TIMEOUT_MS = 10_000;

function transportReason(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  if (cause?.code) return cause.code;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function httpError(response: Response, what: string): Promise<RegistryHttpError> {
  const text = await response.text().catch(() => '');
  let code: string | undefined;
  let message = text.slice(0, 200);
  try {
    const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    code = body.errors?.[0]?.code;
    message = body.errors?.[0]?.message ?? message;
  } catch {
    // Not the distribution error envelope (HEAD has no body, proxies answer HTML): keep the raw text.
  }
  return new RegistryHttpError(
    response.status,
    code,
    `${what}: HTTP ${response.status}${code ? ` ${code}` : ''} ${message}`.trim(),
  );
}

/**
 * A client for the distribution HTTP API at `baseUrl` (e.g. `http://127.0.0.1:5001`), over global fetch.
 * Transport failures and timeouts become RegistryUnavailableError; unexpected statuses RegistryHttpError.
 */
export function createDistributionClient(baseUrl: string, options: { timeoutMs?: number } = {}): DistributionClient {
  const base = baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  // The signal covers the body too, so a registry that stalls mid-blob still ends the call in time.
  async function call<T>(url: string, init: RequestInit, read: (response: Response) => Promise<T>): Promise<T> {
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new RegistryUnavailableError(`registry at ${base} is not serving (${transportReason(error)})`, {
        cause: error,
      });
    }
    try {
      return await read(response);
    } catch (error) {
      if (error instanceof RegistryHttpError || error instanceof RegistryUnavailableError) throw error;
      throw new RegistryUnavailableError(`registry at ${base} broke off the answer (${transportReason(error)})`, {
        cause: error,
      });
    }
  }

  const v2 = (path: string): string => `${base}/v2/${path}`;

  const client: DistributionClient = {
    baseUrl: base,
    ping: () =>
      call(v2(''), {}, async (response) => {
        if (response.status !== 200) throw await httpError(response, 'GET /v2/');
        await response.body?.cancel();
        // Something else on the port (a stale dev server, say) must not pass for the registry.
        if (response.headers.get('docker-distribution-api-version') !== 'registry/2.0') {
          throw new RegistryHttpError(200, undefined, `${base} answers /v2/ but is not a distribution registry`);
        }
      }),
    async pushBlob(repository, blob) {
      const exists = await call(v2(`${repository}/blobs/${blob.digest}`), { method: 'HEAD' }, async (r) => r.ok);
      if (exists) return false;
      const location = await call(v2(`${repository}/blobs/uploads/`), { method: 'POST' }, async (response) => {
        await response.body?.cancel();
        const header = response.headers.get('location');
        if (response.status !== 202 || !header) throw await httpError(response, `start upload to ${repository}`);
        return header;
      });
      // Location may be absolute or relative and already carries `_state=`: append, never replace, the query.
      const target = new URL(location, `${base}/`);
      target.searchParams.set('digest', blob.digest);
      await call(
        target.toString(),
        { method: 'PUT', body: blob.bytes, headers: { 'content-type': 'application/octet-stream' } },
        async (response) => {
          if (response.status !== 201) throw await httpError(response, `upload ${blob.digest}`);
          await response.body?.cancel();
        },
      );
      return true;
    },
    putManifest: (repository, tag, bytes, mediaType) =>
      call(
        v2(`${repository}/manifests/${tag}`),
        { method: 'PUT', body: bytes, headers: { 'content-type': mediaType } },
        async (response) => {
          if (response.status !== 201) throw await httpError(response, `put manifest ${repository}:${tag}`);
          await response.body?.cancel();
          const stored = response.headers.get('docker-content-digest') ?? '';
          return isDigest(stored) ? stored : sha256Digest(bytes);
        },
      ),
    getManifest: (repository, reference) =>
      call(v2(`${repository}/manifests/${reference}`), { headers: { accept: MANIFEST_ACCEPT } }, async (response) => {
        if (response.status !== 200) throw await httpError(response, `get manifest ${repository}:${reference}`);
        const bytes = Buffer.from(await response.arrayBuffer());
        return { bytes, mediaType: response.headers.get('content-type') ?? '', digest: sha256Digest(bytes) };
      }),
    getBlob: (repository, digest) =>
      call(v2(`${repository}/blobs/${digest}`), {}, async (response) => {
        if (response.status !== 200) throw await httpError(response, `get blob ${digest}`);
        return Buffer.from(await response.arrayBuffer());
      }),
    hashBlob: (repository, digest) =>
      call(v2(`${repository}/blobs/${digest}`), {}, async (response) => {
        if (response.status !== 200 || !response.body) throw await httpError(response, `get blob ${digest}`);
        const hash = createHash('sha256');
        let size = 0;
        for await (const chunk of response.body) {
          hash.update(chunk);
          size += chunk.length;
        }
        return { digest: `sha256:${hash.digest('hex')}` as Digest, size };
      }),
    catalog: () =>
      call(v2('_catalog?n=1000'), {}, async (response) => {
        if (response.status !== 200) throw await httpError(response, 'GET /v2/_catalog');
        return ((await response.json()) as { repositories?: string[] | null }).repositories ?? [];
      }),
    tags: (repository) =>
      call(v2(`${repository}/tags/list`), {}, async (response) => {
        if (response.status !== 200) throw await httpError(response, `list tags of ${repository}`);
        return ((await response.json()) as { tags?: string[] | null }).tags ?? [];
      }),
  };
  return client;
}
