import type { ErrorBody } from '@harborview/contracts/errors';
import type { HttpHandler, JsonBodyType } from 'msw';
import { http, HttpResponse } from 'msw';

import { handlersFor } from './handlers';
import { exit128Finding } from './harbor-fixtures';
import { browseFixture } from './vdvs-fixtures';
import type { WalkthroughState } from './walkthrough';
import { walkthroughState, withHostDown, withManyVolumes } from './walkthrough';

/** Scenario helpers in the spirit of Grafana's mocks/server/configure.ts: `server.use(...hostPoweredOff())`. */

/** A host is powered off: Not Responding, its components ABSENT, objects waiting on the repair timer. */
export function hostPoweredOff(hostId = 'host-2'): HttpHandler[] {
  return handlersFor(withHostDown(walkthroughState(), hostId));
}

/** The walkthrough plus `count` generated volumes, to scroll the virtualized Volumes table. */
export function manyVolumes(count: number): HttpHandler[] {
  return handlersFor(withManyVolumes(walkthroughState(), count));
}

/** The walkthrough plus `count` generated volumes with their files in dockvols/_DEFAULT, to scroll the paged Files. */
export function manyVolumeFiles(count: number): HttpHandler[] {
  return withState((s) => {
    const big = withManyVolumes(s, count);
    return { ...big, browse: browseFixture(big.volumes) };
  });
}

/** Any change to the walkthrough state, e.g. a resync in progress or a Harbor finding. */
export function withState(change: (state: WalkthroughState) => WalkthroughState): HttpHandler[] {
  return handlersFor(change(walkthroughState()));
}

/** Harbor after the log-first restore failure: registry exited 128 and the finding with its fix. */
export function harborExit128(): HttpHandler[] {
  return withState((s) => ({
    ...s,
    harbor: {
      ...s.harbor,
      status: 'unhealthy',
      services: s.harbor.services.map((svc) =>
        svc.name === 'registry' ? { ...svc, state: 'exited', exitCode: 128, healthy: false, startedAt: null } : svc,
      ),
      findings: [exit128Finding],
    },
  }));
}

/** A PUT answers with the API's error body. */
export function putFailing(path: string, status: number, body: ErrorBody): HttpHandler {
  return http.put(path, () => HttpResponse.json(body, { status }));
}

/** Records the JSON bodies a PUT receives and answers with the given body (202 Accepted by default, as task routes). */
export function recordingPut(
  path: string,
  answer: JsonBodyType,
  status = 202,
): { handler: HttpHandler; bodies: unknown[] } {
  const bodies: unknown[] = [];
  const handler = http.put(path, async ({ request }) => {
    bodies.push(await request.json());
    return HttpResponse.json(answer, { status });
  });
  return { handler, bodies };
}

/** Records the query strings a GET receives, then lets the default handler answer. */
export function recordingGet(path: string): { handler: HttpHandler; urls: URL[] } {
  const urls: URL[] = [];
  const handler = http.get(path, ({ request }) => {
    urls.push(new URL(request.url));
    return undefined;
  });
  return { handler, urls };
}
