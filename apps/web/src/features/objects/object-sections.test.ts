import { describe, expect, it } from 'vitest';

import { configureSections, monitorSections, resolveSection, sectionPath } from './object-sections';

describe('monitorSections', () => {
  it('when the object is a cluster, then the vSAN views follow Issues, Tasks and Events', () => {
    expect(monitorSections('cluster').map((s) => [s.group ?? '', s.label])).toStrictEqual([
      ['', 'Issues and Alarms'],
      ['', 'Tasks'],
      ['', 'Events'],
      ['vSAN', 'Virtual Objects'],
      ['vSAN', 'Resyncing Objects'],
    ]);
  });

  it('when the object is a host, then it has no vSAN views', () => {
    expect(monitorSections('host').map((s) => s.id)).toStrictEqual(['issues', 'tasks', 'events']);
  });
});

describe('configureSections', () => {
  it('when the object is a cluster, then vSphere Availability and vSAN Services are offered', () => {
    expect(configureSections('cluster').map((s) => s.id)).toStrictEqual(['vsphere-availability', 'vsan-services']);
  });
});

describe('resolveSection', () => {
  it('when the URL names no known section, then the first is chosen', () => {
    expect(resolveSection(monitorSections('vm'), 'nope')).toBe('issues');
    expect(resolveSection(monitorSections('vm'), 'events')).toBe('events');
  });
});

describe('sectionPath', () => {
  it('when given a cluster section, then the URL nests it under the tab', () => {
    expect(sectionPath('cluster', 'cluster-1', 'monitor', 'vsan-resync')).toBe(
      '/inventory/cluster/cluster-1/monitor/vsan-resync',
    );
  });
});
