/** Test helper: a layout whose one service keeps its data on a vDVS named volume instead of its host binds. */
import type { ComposeLayout } from '../layout-types';

/** `layout` with `service`'s mounts replaced by the one named volume `source` at `target`. */
export function withServiceOnVolume(
  layout: ComposeLayout,
  service: string,
  source: string,
  target: string,
): ComposeLayout {
  return {
    ...layout,
    services: layout.services.map((s) => (s.name === service ? { ...s, mounts: [{ type: 'volume', source, target }] } : s)),
  };
}
