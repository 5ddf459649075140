/**
 * Every known fault present now, with its fix: Harbor's (harbor/findings.ts: the log-first Exit 128, volumes left
 * attached) and the ones an HA restart left behind for vDVS (vdvs.md §7), in the one `Finding` shape.
 */
import type { Finding } from '../harbor/findings';
import { harborFindings } from '../harbor/findings';
import type { VolumeLeftAttachedFinding } from '../vdvs/vm-restart';
import { attachedVmLabel } from '../vdvs/volume-status';

import { harborVm } from './harbor-bridge';
import type { TwinState } from './state';
import { findVolume } from './volume-view';

const LOG_FIRST = 'harbor-log-first-exit-128';
const LEFT_ATTACHED = 'vdvs-volume-left-attached:';

function fromVdvs(f: VolumeLeftAttachedFinding): Finding {
  return {
    id: `vdvs-ha-restart-left-attached:${f.volume}`,
    severity: 'warning',
    title: `vDVS volume ${f.volume} stayed attached to ${f.vmName} after the HA restart`,
    detail: `${f.symptoms.join('; ')}. Reference: ${f.reference}.`,
    fix: f.fix,
  };
}

/** The findings for this state. */
export function computeFindings(s: TwinState): Finding[] {
  const vm = harborVm(s);
  const harbor = harborFindings(s.harbor.state, {
    vmName: vm?.name ?? s.harbor.vmId,
    volumeAttachedTo: (name) => {
      const v = findVolume(s, name);
      return v === undefined ? null : attachedVmLabel(v);
    },
  });
  // Harbor's containers may be down for another reason (VM off or booting, the log-first Exit 128): then its volumes
  // only look left attached, and the other finding is the one to act on.
  const state = s.harbor.state;
  const restoring =
    vm?.power !== 'poweredOn' || state.awaitingBoot || state.containers.some((c) => c.pendingStartAt !== null);
  const logFirst = harbor.some((f) => f.id === LOG_FIRST);
  const kept = harbor.filter((f) => !(f.id.startsWith(LEFT_ATTACHED) && (restoring || logFirst)));
  const vdvs = s.vdvsFindings.map(fromVdvs).filter((f) => !kept.some((h) => h.id === f.id));
  return [...kept, ...vdvs];
}
