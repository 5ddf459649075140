import type { ComposeMountList } from '@harborview/contracts/compose-mounts';
import { describe, expect, it } from 'vitest';

import { errorRow, mountRows, newVolumeNames, sizeProblem, toMappings } from './mapping-state';

const mount = (service: string, source: string, target: string, singleFile = false) => ({
  service,
  source,
  target,
  kind: 'bind' as const,
  readOnly: false,
  singleFile,
  role: 'other',
  startLine: 1,
  endLine: 1,
});
const LIST: ComposeMountList = {
  layout: { family: '2.x', version: '2.11.0' },
  services: ['registry', 'core'],
  mounts: [
    mount('registry', '/data/registry', '/storage'),
    mount('core', '/data/secret/core/private_key.pem', '/etc/core/private_key.pem', true),
    { ...mount('x', '', '/tmp'), kind: 'tmpfs', source: null },
  ],
};

describe('mapping state', () => {
  it('when a file has tmpfs and single-file binds, then tmpfs is left out and single-file binds are blocked with the reason', () => {
    const rows = mountRows(LIST);

    expect(rows.map((r) => [r.key, r.blockedReason !== null])).toStrictEqual([
      ['registry:/storage', false],
      ['core:/etc/core/private_key.pem', true],
    ]);
  });

  it('when rows are mapped, then only chosen unblocked rows become mappings and 422s find their row', () => {
    const rows = mountRows(LIST);
    const choices = {
      'registry:/storage': { mode: 'new' as const, name: ' vsanvol9 ' },
      'core:/etc/core/private_key.pem': { mode: 'existing' as const, volume: 'vsanvol1' },
    };

    const { mappings, keys } = toMappings(rows, choices);

    expect(mappings).toStrictEqual([{ service: 'registry', target: '/storage', volume: 'vsanvol9' }]);
    expect(newVolumeNames(rows, choices)).toStrictEqual(['vsanvol9']);
    expect(errorRow('mappings[0]: volume vsanvol9 is attached to other-vm', keys)).toStrictEqual({
      key: 'registry:/storage',
      message: 'volume vsanvol9 is attached to other-vm',
    });
    expect(errorRow('something else', keys)).toBeNull();
  });

  it('when a text is over 256 KiB, then the size problem says so', () => {
    expect(sizeProblem('x'.repeat(257 * 1024))).toMatch(/at most 256 KiB/);
    expect(sizeProblem('services: {}')).toBeNull();
  });
});
