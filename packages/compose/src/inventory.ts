import { readCompose } from './compose-model';
import type { ComposeInventory } from './types';

/**
 * Lists every service's mounts in a Harbor compose file (0.4 … 2.x) and detects its layout.
 * Throws `ComposeError` (`too-large`, `too-deep`, `alias-bomb`, `invalid-yaml`, `not-a-compose-file`, …).
 * @example listDataMounts(text).mounts.filter((m) => m.role === 'registry-storage')
 */
export function listDataMounts(yamlText: string): ComposeInventory {
  return readCompose(yamlText).inventory;
}
