/**
 * `vmdkops_admin.py policy create|update|rm` on the vDVS policy store (vdvs.md §3), with its messages verbatim.
 * Content is stored unchecked, as vDVS does; it is judged when applied (`checkPolicyAtApply`, vdvs.md §1).
 * An update re-lays every volume using the policy at once [twin simplification: vSAN would resync it in the
 * background, vsan-ha.md §2 "Other resync triggers: a storage policy edit"].
 */
import { createPolicy, policyUsage, policyUsers, removePolicy, updatePolicy } from '../vdvs/policy-store';
import { checkPolicyAtApply } from '../vdvs/policy-validate';
import type { VsanObject } from '../vsan/types';

import { clusterShape } from './cluster-shape';
import type { CommandOf } from './commands';
import { isPlacementError, placeNew, putObjects, toPlacementPolicy } from './objects';
import { datastoreEntity } from './refs';
import type { CommandResult, StepErrorCode } from './result';
import { done, refuse } from './result';
import { volumeObject } from './volume-view';
import type { Work } from './work';
import { runTask } from './work';

function codeFor(message: string): StepErrorCode {
  if (message.endsWith('does not exist')) return 'not_found';
  if (message.startsWith('Error: Invalid policy name')) return 'unprocessable';
  return 'conflict';
}

const storeContext = (w: Work): { vsanDatastore: string } => ({ vsanDatastore: w.s.topology.datastore.name });
const usersOf = (w: Work, name: string): string[] => policyUsers(policyUsage(w.s.volumes), name);

/** `policy create`. */
export function cmdCreatePolicy(w: Work, cmd: CommandOf<'createPolicy'>): CommandResult {
  const r = createPolicy(w.s.policies.store, cmd.name, cmd.content, storeContext(w));
  if (!r.ok) return refuse(codeFor(r.message), r.message);
  w.s = { ...w.s, policies: { ...w.s.policies, store: r.policies } };
  const taskId = runTask(w, { name: 'Create vDVS policy', target: datastoreEntity(w.s), details: r.message });
  return done(taskId, { message: r.message });
}

/** `policy rm`: refused while a volume uses it. */
export function cmdRemovePolicy(w: Work, cmd: CommandOf<'removePolicy'>): CommandResult {
  const r = removePolicy(w.s.policies.store, cmd.name, usersOf(w, cmd.name), storeContext(w));
  if (!r.ok) return refuse(codeFor(r.message), r.message);
  w.s = { ...w.s, policies: { ...w.s.policies, store: r.policies } };
  const taskId = runTask(w, { name: 'Remove vDVS policy', target: datastoreEntity(w.s), details: r.message });
  return done(taskId, { message: r.message });
}

/** `policy update`: stores the content and re-applies it to the policy's volumes; failures are kept as vDVS keeps them. */
export function cmdUpdatePolicy(w: Work, cmd: CommandOf<'updatePolicy'>): CommandResult {
  const users = usersOf(w, cmd.name);
  const shape = clusterShape(w.s);
  const relaid: VsanObject[] = [];
  const failed: string[] = [];
  for (const name of users) {
    const volume = w.s.volumes.find((v) => v.name === name && v.volOpts['vsan-policy-name'] === cmd.name);
    const object = volume === undefined ? undefined : volumeObject(w.s, volume);
    const applied = checkPolicyAtApply(name, cmd.content, shape, volume?.sizeKb);
    if (object === undefined || !applied.ok) {
      failed.push(name);
      continue;
    }
    // Placed against the objects as they are; the new layouts replace the old ones together below.
    const again = placeNew(w, {
      objectKind: object.kind,
      name: object.name,
      ...(object.ownerId === undefined ? {} : { ownerId: object.ownerId }),
      sizeBytes: object.sizeBytes,
      policy: toPlacementPolicy(applied.policy),
      writtenBytes: object.writtenBytes,
      uuid: object.uuid,
    });
    if (isPlacementError(again)) failed.push(name);
    else relaid.push(again);
  }
  const r = updatePolicy(w.s.policies.store, cmd.name, cmd.content, users, storeContext(w), failed);
  if (!r.ok) return refuse(codeFor(r.message), r.message);
  putObjects(w, relaid);
  const gone = new Set(relaid.map((o) => o.uuid));
  w.s = {
    ...w.s,
    policies: { ...w.s.policies, store: r.policies },
    vsan: { ...w.s.vsan, awayWrites: w.s.vsan.awayWrites.filter((a) => !gone.has(a.objectUuid)) },
  };
  const taskId = runTask(w, { name: 'Update vDVS policy', target: datastoreEntity(w.s), details: r.message });
  return done(taskId, { message: r.message });
}
