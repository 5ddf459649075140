import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { makeVolume } from './__fixtures__/volumes';
import { kvRecord, renderKvSidecar, sidecarFileName } from './kv-sidecar';

const ATTACHED = { vmName: 'vm1', vmUuid: '4225d240-0000', device: { controllerPciSlotNumber: '224', unit: '1' } };

describe('kvRecord', () => {
  it('when attached, then the sidecar holds the keys of the PR #573 sample', () => {
    // vdvs.md §5 sidecar JSON sample.
    const volume = makeVolume({
      createdBy: 'vm1',
      createdMs: Date.UTC(2016, 7, 11, 11, 0, 15),
      attachment: ATTACHED,
      volOpts: { size: '1gb', fstype: 'ext4', diskformat: 'thin' },
    });

    expect(kvRecord(volume)).toStrictEqual({
      created: 'Thu Aug 11 11:00:15 2016',
      status: 'attached',
      'created-by': 'vm1',
      attachedVMName: 'vm1',
      attachedVMUuid: '4225d240-0000',
      attachedVMDevice: { ControllerPciSlotNumber: '224', Unit: '1' },
      volOpts: { size: '1gb', fstype: 'ext4', diskformat: 'thin' },
    });
  });

  it('when detached, then the attached keys are deleted, not blanked', () => {
    // vdvs.md §5: on detach status=detached and attachedVMUuid/Name/Device keys deleted.
    expect(Object.keys(kvRecord(makeVolume()))).toStrictEqual(['created', 'status', 'created-by', 'volOpts']);
  });
});

describe('renderKvSidecar', () => {
  it('when rendered, then it starts with the json.dumps text', () => {
    // vdvs.md §5: sidecar KV is JSON written by Python json.dumps.
    expect(
      renderKvSidecar(makeVolume()).startsWith('{"created": "Sat Mar  4 09:26:00 2017", "status": "detached", '),
    ).toBe(true);
  });

  it('when any volume is rendered, then the file is padded to a 4096-byte boundary and ends in a newline', () => {
    // vdvs.md §5: KV padded to 4096 B (kvESX.py align_str).
    fc.assert(
      fc.property(fc.string({ maxLength: 6000 }), (createdBy) => {
        const text = renderKvSidecar(makeVolume({ createdBy }));
        expect(text.length % 4096).toBe(0);
        expect(text.endsWith('\n')).toBe(true);
      }),
    );
  });
});

describe('sidecarFileName', () => {
  it('when named, then it is <vol>-<16 hex>.vmfd and stable for the same volume', () => {
    // vdvs.md §5: KV sidecar `<name>-<16 hex>.vmfd`, e.g. ayo-84b25ea7eb0f1fbf.vmfd.
    const name = sidecarFileName(makeVolume({ name: 'ayo' }));

    expect(name).toMatch(/^ayo-[0-9a-f]{16}\.vmfd$/);
    expect(sidecarFileName(makeVolume({ name: 'ayo' }))).toBe(name);
    expect(sidecarFileName(makeVolume({ name: 'vol' }))).not.toBe(name.replace('ayo', 'vol'));
  });
});
