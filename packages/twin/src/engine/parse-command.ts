/**
 * Turns untrusted input (JSON from the BFF, random test data) into a `TwinCommand`, or a `bad_request` saying what
 * is wrong. Only the fields a command declares are kept, so junk never reaches state. Ranges and references are
 * checked later by each handler, which knows the state.
 */
import type { TwinCommand, TwinCommandType } from './commands';
import type { StepError } from './result';

type FieldKind =
  'string' | 'text' | 'boolean' | 'number' | 'onOff' | 'options' | 'mappings' | 'optString' | 'optStringList';

// Names and ids are short; policy content is capped as contracts cap it; a compose file is at most 1 MB.
const MAX_NAME = 512;
const MAX_TEXT = 1024 * 1024;
const MAX_LIST = 256;

const FIELDS: Record<TwinCommandType, Record<string, FieldKind>> = {
  setHaEnabled: { enabled: 'boolean' },
  setRepairDelay: { seconds: 'number' },
  setSpeed: { speed: 'number' },
  powerHost: { hostId: 'string', state: 'onOff' },
  failDisk: { hostId: 'string', diskId: 'string' },
  replaceDisk: { hostId: 'string', diskId: 'string' },
  isolateHost: { hostId: 'string' },
  reconnectHost: { hostId: 'string' },
  createPolicy: { name: 'string', content: 'text' },
  updatePolicy: { name: 'string', content: 'text' },
  removePolicy: { name: 'string' },
  createVolume: { name: 'string', opts: 'options', vmId: 'optString' },
  removeVolume: { name: 'string' },
  attachVolume: { volume: 'string', vmId: 'string' },
  detachVolume: { volume: 'string', vmId: 'string' },
  harborApplyCompose: { composeText: 'text', mappings: 'mappings' },
  harborComposeUp: { services: 'optStringList' },
  writeData: { volume: 'string', bytes: 'number' },
  containerExited: { service: 'string', exitCode: 'number' },
  containerStarted: { service: 'string' },
  installVib: { hostId: 'string', version: 'optString' },
  installPlugin: { vmId: 'string', version: 'optString' },
  acknowledgeAlarm: { alarmId: 'number' },
  advance: { seconds: 'number' },
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isName = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_NAME;

function readField(kind: FieldKind, value: unknown): { ok: true; value: unknown } | { ok: false; why: string } {
  switch (kind) {
    case 'string':
      return isName(value) ? { ok: true, value } : { ok: false, why: `a string of at most ${MAX_NAME} characters` };
    case 'text':
      return typeof value === 'string' && value.length <= MAX_TEXT
        ? { ok: true, value }
        : { ok: false, why: 'a string' };
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, why: 'true or false' };
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? { ok: true, value }
        : { ok: false, why: 'a finite number' };
    case 'onOff':
      return value === 'on' || value === 'off' ? { ok: true, value } : { ok: false, why: "'on' or 'off'" };
    case 'options': {
      if (!isRecord(value) || Object.keys(value).length > MAX_LIST) return { ok: false, why: 'an object of strings' };
      const entries = Object.entries(value);
      if (!entries.every(([k, v]) => isName(k) && isName(v))) return { ok: false, why: 'an object of strings' };
      return { ok: true, value: Object.fromEntries(entries) };
    }
    case 'mappings': {
      const ok =
        Array.isArray(value) &&
        value.length <= MAX_LIST &&
        value.every((m) => isRecord(m) && isName(m.service) && isName(m.target) && isName(m.volume));
      if (!ok) return { ok: false, why: 'a list of {service, target, volume} strings' };
      return {
        ok: true,
        value: (value as Record<string, string>[]).map((m) => ({
          service: m.service,
          target: m.target,
          volume: m.volume,
        })),
      };
    }
    case 'optString':
      return value === undefined || isName(value) ? { ok: true, value } : { ok: false, why: 'a string when given' };
    case 'optStringList': {
      const ok = value === undefined || (Array.isArray(value) && value.length <= MAX_LIST && value.every(isName));
      return ok
        ? { ok: true, value: value === undefined ? undefined : [...(value as string[])] }
        : { ok: false, why: 'a list of strings when given' };
    }
  }
}

/** The command, or why it is malformed. */
export function parseCommand(input: unknown): TwinCommand | StepError {
  if (!isRecord(input) || typeof input.type !== 'string' || !Object.hasOwn(FIELDS, input.type)) {
    const given = isRecord(input) && typeof input.type === 'string' ? input.type : 'none';
    return { code: 'bad_request', message: `Unknown command type: ${given}` };
  }
  const type = input.type as TwinCommandType;
  const command: Record<string, unknown> = { type };
  for (const [field, kind] of Object.entries(FIELDS[type])) {
    const read = readField(kind, input[field]);
    if (!read.ok) return { code: 'bad_request', message: `${type}.${field} must be ${read.why}` };
    if (read.value !== undefined) command[field] = read.value;
  }
  return command as TwinCommand;
}
