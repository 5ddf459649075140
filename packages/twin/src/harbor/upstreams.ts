/**
 * Services whose process exits at start while a peer is down: nginx resolves its `upstream` hosts when it loads its
 * config and quits with "host not found in upstream" if one has no DNS entry, which is why goharbor/harbor#1296
 * shows `nginx` "Restarting" next to `registry` "Exit 128" (harbor.md §1 Known failure mode) [D].
 */
import type { LayoutId } from './layout-types';

// 0.x nginx.conf proxies to ui:80 and registry:5000; the 2.x one to core and portal [U: upstream lists from memory].
// 1.7 and 1.10 split ui into core and portal as 2.x does, so the twin gives them 2.x's list [U].
/** Per layout, each crash-looping service and the peers it needs running to start. */
export const START_REQUIRES: Record<LayoutId, Record<string, string[]>> = {
  '0.4.1': { proxy: ['ui', 'registry'] },
  '0.5.0': { proxy: ['ui', 'registry'] },
  '1.7': { proxy: ['core', 'portal'] },
  '1.10': { proxy: ['core', 'portal'] },
  '2.x': { proxy: ['core', 'portal'] },
};

/** Exit code of a process that fails at start (nginx `[emerg]`). */
export const CRASH_EXIT_CODE = 1;
