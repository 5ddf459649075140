import type { SliceLiveUpdates } from '../../shared/lib/live-slice';

import { objectKeys } from './api';

/** Each object kind's lists and pages follow their own kind of change. */
export const objectsLive: SliceLiveUpdates = [
  { kinds: ['hosts'], keys: () => [objectKeys.hosts()] },
  { kinds: ['vms'], keys: () => [objectKeys.vms()] },
  { kinds: ['cluster'], keys: () => [objectKeys.clusters()] },
  { kinds: ['datastores'], keys: () => [objectKeys.datastores()] },
];
