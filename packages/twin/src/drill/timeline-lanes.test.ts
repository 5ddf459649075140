import { describe, expect, it } from 'vitest';

import { laneOf } from './timeline-lanes';

const host = { type: 'HostSystem' };
const vm = { type: 'VirtualMachine' };
const cluster = { type: 'ClusterComputeResource' };

describe('laneOf', () => {
  it.each([
    ['com.harborview.host.PoweredOff', 'Host 10.162.102.130 lost power', [host], 'host'],
    ['vim.event.HostNotRespondingEvent', 'Host … is not responding', [host], 'host'],
    ['com.vmware.vc.HA.DasHostFailedEvent', 'vSphere HA detected a possible host failure', [host, cluster], 'ha'],
    ['com.vmware.vc.ha.VmRestartedByHAEvent', 'vSphere HA restarted virtual machine photon-harbor', [vm], 'vm'],
    ['com.harborview.vsan.ComponentsAbsent', 'vSAN: 5 components … are Absent', [host, cluster], 'vsan'],
    ['com.harborview.vdvs.VolumeDetached', 'vsanvol1 detached', [{ type: 'DockerVolume' }], 'volume'],
    ['com.harborview.harbor.ContainerStarted', 'Container deploy_log_1 started', [{ type: 'Container' }], 'harbor'],
    [
      'vim.event.AlarmStatusChangedEvent',
      "Alarm 'vSphere HA initiated a failover action' on vSAN-Cluster",
      [cluster],
      'ha',
    ],
    [
      'vim.event.AlarmStatusChangedEvent',
      "Alarm 'vSAN health alarm 'vSAN object health'' on vSAN-Cluster",
      [cluster],
      'vsan',
    ],
    ['vim.event.AlarmStatusChangedEvent', "Alarm 'Host connection and power state' on 10.162.102.130", [host], 'host'],
    ['vim.event.TaskEvent', 'Task: Power On virtual machine', [vm], 'vm'],
    ['vim.event.TaskEvent', 'Task: Power off host', [host], 'host'],
  ])('when the event is %s (%s), then its lane is %s', (typeId, message, objects, lane) => {
    expect(laneOf({ typeId, message, objects })).toBe(lane);
  });
});
