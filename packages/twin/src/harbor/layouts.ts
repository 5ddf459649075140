/**
 * Looking up layouts and deriving what Docker needs from them: container names and the depends_on start order.
 */
import { HARBOR_041_LAYOUT, HARBOR_050_LAYOUT } from './layout-0x';
import { HARBOR_17_LAYOUT, HARBOR_110_LAYOUT } from './layout-1x';
import { HARBOR_2X_LAYOUT } from './layout-2x';
import type { ComposeLayout, LayoutId, ServiceSpec } from './layout-types';

/** Every known layout by id; 0.4.1 is the default (the seed's file). */
export const LAYOUTS: Record<LayoutId, ComposeLayout> = {
  '0.4.1': HARBOR_041_LAYOUT,
  '0.5.0': HARBOR_050_LAYOUT,
  '1.7': HARBOR_17_LAYOUT,
  '1.10': HARBOR_110_LAYOUT,
  '2.x': HARBOR_2X_LAYOUT,
};

/** Whether `id` names a known layout (own keys only, so `toString` is not one). */
export function isLayoutId(id: string): id is LayoutId {
  return Object.hasOwn(LAYOUTS, id);
}

/** The layout used when a scenario names none. */
export const DEFAULT_LAYOUT: ComposeLayout = HARBOR_041_LAYOUT;

/** The container's name: its `container_name`, else Compose v1's `<project>_<service>_1` (harbor.md §0). */
export function containerNameOf(layout: ComposeLayout, spec: ServiceSpec): string {
  return spec.containerName ?? `${layout.project}_${spec.name}_1`;
}

/**
 * Services in depends_on order (dependencies first); among services ready at the same time, file order wins.
 * Dependencies on services missing from the layout are ignored; a cycle throws, as Compose refuses one.
 */
export function startOrder(layout: ComposeLayout): ServiceSpec[] {
  const names = new Set(layout.services.map((s) => s.name));
  const done = new Set<string>();
  const order: ServiceSpec[] = [];
  while (order.length < layout.services.length) {
    const next = layout.services.find(
      (s) => !done.has(s.name) && s.dependsOn.every((d) => done.has(d) || !names.has(d)),
    );
    if (next === undefined)
      throw new Error(
        `depends_on cycle among: ${layout.services
          .filter((s) => !done.has(s.name))
          .map((s) => s.name)
          .join(', ')}`,
      );
    done.add(next.name);
    order.push(next);
  }
  return order;
}
