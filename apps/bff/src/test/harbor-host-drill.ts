/**
 * The drill most tests run. Seed 1: Harbor's VM is on host-1 and HA is off, so powering host-1 off fails the
 * drill after 5 minutes (vsan-ha.md §3: nothing restarts the VM).
 */
export const HARBOR_HOST_DRILL = {
  fault: { type: 'host-power-off' as const, hostId: 'host-1' },
  /** Everything that goes down with host-1, which `confirm` must name. */
  confirm: ['log', 'registry', 'mysql', 'ui', 'jobservice', 'proxy'].map((s) => `Harbor ${s}`),
};

/** The caller a drill service test acts as (the routes pass the signed-in user instead). */
export const DRILL_CALLER = { user: 'VSPHERE.LOCAL\\Administrator' };
