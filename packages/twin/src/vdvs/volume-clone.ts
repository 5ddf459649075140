/**
 * `-o clone-from=vol[@ds]`: a full copy (CopyVirtualDisk) that inherits size and filesystem from its source
 * (vdvs.md §1). Split from volume-options.ts to keep that file about option checks.
 */
import type { AccessMode, AttachAs, DiskFormat, VdvsVolume, Vmgroup, VolOpts } from './types';
import type { DatastoreCatalog } from './volume-name';
import { findDatastore, invalidDatastoreMessage, splitVolumeName, volumeNameProblem } from './volume-name';

/** What a clone takes from its source. */
export interface CloneFields {
  sizeKb: number;
  fstype: string | null;
  cloneFrom: string;
  volOpts: VolOpts;
}

/** Clone lookup outcome. */
export type CloneResult = { ok: true; fields: CloneFields } | { ok: false; message: string };

interface CloneContext {
  catalog: DatastoreCatalog;
  volumes: readonly VdvsVolume[];
  vmgroup: Vmgroup;
}

/** Resolve the clone source and build the fields the new volume inherits. */
export function cloneSpec(
  opts: Readonly<Record<string, string>>,
  cloneFrom: string,
  ctx: CloneContext,
  targetDatastore: string,
): CloneResult {
  const { name, datastore } = splitVolumeName(cloneFrom);
  const problem = volumeNameProblem(name, datastore);
  if (problem) return { ok: false, message: problem };
  // A short source name means the target's datastore (vmdk_ops cloneVMDK uses the request's datastore).
  const found = findDatastore(ctx.catalog.datastores, datastore ? datastore : targetDatastore);
  if (!found) return { ok: false, message: invalidDatastoreMessage(datastore ?? targetDatastore, ctx.catalog) };
  const source = ctx.volumes.find(
    (v) => v.name === name && v.datastore === found.name && v.vmgroupUuid === ctx.vmgroup.uuid,
  );
  if (!source) return { ok: false, message: `Could not find volume for cloning ${cloneFrom}` };
  if (source.attachment) {
    // vmdk_ops cloneVMDK wording; not in vdvs.md, which only says the copy is full.
    return {
      ok: false,
      message: `Source volume ${name} is in use by VM ${source.attachment.vmName} and can't be cloned.`,
    };
  }
  // The sidecar is copied with the disk, then vmdk_ops overwrites clone-from, diskformat, access and attach-as.
  const volOpts: VolOpts = {
    ...source.volOpts,
    'clone-from': name,
    diskformat: (opts.diskformat ?? 'thin') as DiskFormat,
    ...(opts.access !== undefined ? { access: opts.access as AccessMode } : {}),
    ...(opts['attach-as'] !== undefined ? { 'attach-as': opts['attach-as'] as AttachAs } : {}),
    ...(opts['vsan-policy-name'] !== undefined ? { 'vsan-policy-name': opts['vsan-policy-name'] } : {}),
  };
  return {
    ok: true,
    fields: { sizeKb: source.sizeKb, fstype: source.volOpts.fstype ?? null, cloneFrom: name, volOpts },
  };
}
