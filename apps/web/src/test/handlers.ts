import type { ErrorBody } from '@harborview/contracts/errors';
import { API_ROUTES } from '@harborview/contracts/routes';
import { http, HttpResponse } from 'msw';

import { clusterFixture, datastoreFixture, hostFixture, inventoryFixture, vmFixture } from './fixtures';

/** Default handlers: one per resource, answering from the typed fixtures. */
export const defaultHandlers = [
  http.get(API_ROUTES.health, () => HttpResponse.json({ status: 'ok', version: 'test', backend: 'twin' })),
  http.get(API_ROUTES.inventory, () => HttpResponse.json(inventoryFixture)),
  http.get(API_ROUTES.hosts, () => HttpResponse.json({ items: [hostFixture()] })),
  http.get(API_ROUTES.vms, () => HttpResponse.json({ items: [vmFixture()] })),
  http.get(API_ROUTES.clusters, () => HttpResponse.json({ items: [clusterFixture] })),
  http.get(API_ROUTES.datastores, () => HttpResponse.json({ items: [datastoreFixture] })),
  http.get(API_ROUTES.tasks, () => HttpResponse.json({ items: [] })),
  http.get(API_ROUTES.alarms, () => HttpResponse.json({ items: [] })),
];

/** Scenario: a resource answers with the API's error body. */
export function failingWith(path: string, status: number, body: ErrorBody) {
  return http.get(path, () => HttpResponse.json(body, { status }));
}
