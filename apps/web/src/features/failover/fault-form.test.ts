import { describe, expect, it } from 'vitest';

import { walkthroughHosts } from '../../test/fixtures';

import { defaultFaultDraft, disksOf, toFault, withHost } from './fault-form';

describe('fault form', () => {
  it('when the page opens, then the default fault powers off the host that runs the Harbor VM', () => {
    const draft = defaultFaultDraft('host-2', walkthroughHosts());

    expect(toFault(draft)).toStrictEqual({ type: 'host-power-off', hostId: 'host-2' });
  });

  it('when a disk failure is picked, then the fault names the host and the disk', () => {
    const hosts = walkthroughHosts();
    const draft = { ...defaultFaultDraft('host-1', hosts), type: 'disk-failure' as const };

    expect(toFault({ ...draft, diskId: 'host-1-dg-1-cap-2' })).toStrictEqual({
      type: 'disk-failure',
      hostId: 'host-1',
      diskId: 'host-1-dg-1-cap-2',
    });
    expect(toFault({ ...draft, diskId: '' })).toBeNull();
  });

  it('when the host changes, then the disk choice moves to a disk of the new host', () => {
    const hosts = walkthroughHosts();
    const draft = { type: 'disk-failure' as const, hostId: 'host-1', diskId: 'host-1-dg-1-cap-2' };

    expect(withHost(draft, hosts[2])).toStrictEqual({
      type: 'disk-failure',
      hostId: 'host-3',
      diskId: 'host-3-dg-1-cache',
    });
  });

  it('when a host has a disk group, then its cache disk is listed first, then its capacity disks', () => {
    expect(disksOf(walkthroughHosts()[0]).map((d) => d.id)).toStrictEqual([
      'host-1-dg-1-cache',
      'host-1-dg-1-cap-1',
      'host-1-dg-1-cap-2',
    ]);
  });
});
