/**
 * A host's vSphere HA state: the `ClusterDasFdmAvailabilityState` values the twin uses plus `notConfigured` (HA off),
 * and the labels the client shows (vsan-ha.md §3 Events and alarms: "Running (Primary)" / "Connected (Secondary)").
 */

/** API value of the host's HA availability state (vim.cluster.DasFdmAvailabilityState), or HA not configured. */
export type FdmState =
  'notConfigured' | 'election' | 'master' | 'connectedToMaster' | 'fdmUnreachable' | 'hostDown' | 'networkIsolated';

/** vCenter's view of the host connection (`HostSystem.runtime.connectionState`, minus `disconnected`). */
export type HostConnectionState = 'connected' | 'notResponding';

// 7.0+ wording (primary/secondary) per §3; the labels other than Primary/Secondary are [U].
/** The "vSphere HA State" column text for each state. */
export const FDM_STATE_LABELS: Record<FdmState, string> = {
  notConfigured: 'N/A',
  election: 'Election',
  master: 'Running (Primary)',
  connectedToMaster: 'Connected (Secondary)',
  fdmUnreachable: 'Agent Unreachable',
  hostDown: 'Host Failed',
  networkIsolated: 'Network Isolated',
};

/** The host's connection text as the inventory shows it ("Not Responding" after 60 s, §3 Basics). */
export const CONNECTION_LABELS: Record<HostConnectionState, string> = {
  connected: 'Connected',
  notResponding: 'Not Responding',
};
