import { describe, expect, it } from 'vitest';

import { statusMapRows, statusValueText } from './status-map';

describe('statusMapRows', () => {
  it('when the map has nested capacity and device maps, then they read as Docker prints them', () => {
    const rows = statusMapRows({
      status: 'attached',
      capacity: { allocated: '80MB', size: '10GB' },
      attachedVMDevice: { ControllerPciSlotNumber: '224', Unit: '1' },
    });

    expect(rows).toStrictEqual([
      ['attachedVMDevice', '{"ControllerPciSlotNumber": "224", "Unit": "1"}'],
      ['capacity', '{"allocated": "80MB", "size": "10GB"}'],
      ['status', 'attached'],
    ]);
  });

  it('when keys have spaces, then they are kept exactly', () => {
    expect(statusMapRows({ 'created by VM': 'photon-harbor' })).toStrictEqual([['created by VM', 'photon-harbor']]);
  });
});

describe('statusValueText', () => {
  it.each([
    [null, 'null'],
    [3, '3'],
    [['a'], '["a"]'],
  ])('when the value is %o, then it reads %s', (value, text) => {
    expect(statusValueText(value)).toBe(text);
  });
});
