/**
 * fast-check arbitraries of commands for the engine's properties: plausible commands (known and unknown ids,
 * valid and invalid vDVS options, short advances) mixed with malformed input of every kind.
 */
import fc from 'fast-check';

const hostIds = fc.constantFrom('host-1', 'host-2', 'host-3', 'host-9', '');
const diskIds = fc.constantFrom('host-1-dg-1-cap-1', 'host-2-dg-1-cache', 'host-3-dg-1-cap-2', 'nope');
const vmIds = fc.constantFrom('vm-1', 'vm-9');
const volumes = fc.constantFrom('vsanvol1', 'vsanvol2', 'vsanvol3@vsanDatastore', 'nope', 'bad/name', 'v-123456', 'v@otherDs');
const policies = fc.constantFrom('SW=2', 'FTT=0', 'gold', '', 'x.old');
const contents = fc.constantFrom(
  '(("stripeWidth" i2))',
  '(("hostFailuresToTolerate" i0))',
  '(("hostFailuresToTolerate" i3))',
  '(("wrongKey" i50)',
  '()',
);
const options = fc.oneof(
  fc.constant({ size: '1gb' }),
  fc.constant({ size: '2gb', 'vsan-policy-name': 'SW=2' }),
  fc.constant({ size: '1gb', 'vsan-policy-name': 'FTT=0' }),
  fc.constant({ sizes: '1gb' }),
  fc.constant({ size: '10kb' }),
  fc.constant({ diskformat: 'zeroedthickk' }),
  fc.constant({ 'clone-from': 'vsanvol1' }),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), { maxKeys: 3 }),
);
const mapping = fc.record({
  service: fc.constantFrom('registry', 'mysql', 'jobservice', 'nosuch'),
  target: fc.constantFrom('/storage', '/var/lib/mysql', '/var/log/jobs', 'relative'),
  volume: volumes,
});

/** Commands a user could plausibly send, valid or not. */
export const plausibleCommand = fc.oneof(
  fc.record({ type: fc.constant('setHaEnabled'), enabled: fc.boolean() }),
  fc.record({ type: fc.constant('setRepairDelay'), seconds: fc.oneof(fc.constantFrom(0, 60, 3600, -1, 1.5), fc.integer()) }),
  fc.record({ type: fc.constant('setSpeed'), speed: fc.constantFrom(1, 10, 60, 0, 5000) }),
  fc.record({ type: fc.constant('powerHost'), hostId: hostIds, state: fc.constantFrom('on', 'off', 'sideways') }),
  fc.record({ type: fc.constantFrom('failDisk', 'replaceDisk'), hostId: hostIds, diskId: diskIds }),
  fc.record({ type: fc.constantFrom('isolateHost', 'reconnectHost'), hostId: hostIds }),
  fc.record({ type: fc.constantFrom('createPolicy', 'updatePolicy'), name: policies, content: contents }),
  fc.record({ type: fc.constant('removePolicy'), name: policies }),
  fc.record({ type: fc.constant('createVolume'), name: volumes, opts: options }),
  fc.record({ type: fc.constant('removeVolume'), name: volumes }),
  fc.record({ type: fc.constantFrom('attachVolume', 'detachVolume'), volume: volumes, vmId: vmIds }),
  fc.record({ type: fc.constant('harborApplyCompose'), composeText: fc.string({ maxLength: 20 }), mappings: fc.array(mapping, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('harborComposeUp'), services: fc.option(fc.subarray(['log', 'registry', 'proxy', 'nosuch']), { nil: undefined }) }),
  fc.record({ type: fc.constant('writeData'), volume: volumes, bytes: fc.constantFrom(1, 1024 ** 3, 0, -5, 0.5) }),
  fc.record({ type: fc.constant('installVib'), hostId: hostIds }),
  fc.record({ type: fc.constant('installPlugin'), vmId: vmIds, version: fc.option(fc.constantFrom('0.16', '0.21', 'x'), { nil: undefined }) }),
  fc.record({ type: fc.constant('acknowledgeAlarm'), alarmId: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ type: fc.constant('advance'), seconds: fc.oneof(fc.integer({ min: 1, max: 900 }), fc.constantFrom(0, -1, 3600, 4000)) }),
);

/** Malformed input: wrong types, missing fields, unknown types, not even objects. */
export const malformedCommand = fc.oneof(
  fc.anything(),
  fc.record({
    type: fc.constantFrom('powerHost', 'createVolume', 'advance', 'harborApplyCompose', 'writeData', 'setHaEnabled'),
    hostId: fc.anything(),
    state: fc.anything(),
    name: fc.anything(),
    opts: fc.anything(),
    seconds: fc.oneof(fc.anything(), fc.constantFrom(Number.NaN, Infinity)),
    mappings: fc.anything(),
    enabled: fc.anything(),
  }),
  fc.record({ type: fc.string({ maxLength: 12 }) }),
);
