import { z } from 'zod';

import { listOf } from './lists';
import {
  CONTAINER_STATES,
  HARBOR_HEALTH_STATUSES,
  IMAGE_CHECK_STATUSES,
  ISSUE_SEVERITIES,
  MOUNT_KINDS,
} from './vocabulary';

const HarborHealthStatusSchema = z.enum(HARBOR_HEALTH_STATUSES);

/** Harbor's `/api/v2.0/health` component entry. */
export const HarborComponentHealthSchema = z.object({
  name: z.string(),
  status: HarborHealthStatusSchema,
  error: z.string().optional(),
});
export type HarborComponentHealth = z.infer<typeof HarborComponentHealthSchema>;

export const HarborMountSchema = z.object({
  source: z.string(),
  target: z.string(),
  kind: z.enum(MOUNT_KINDS),
  /** The vDVS volume behind a named-volume mount, with its object's accessibility. */
  volume: z.string().nullable(),
  accessible: z.boolean().nullable(),
});
export type HarborMount = z.infer<typeof HarborMountSchema>;

/** One Harbor service and its container. */
export const HarborServiceSchema = z.object({
  name: z.string(),
  container: z.string(),
  state: z.enum(CONTAINER_STATES),
  exitCode: z.number().int().nullable(),
  error: z.string().nullable(),
  restarts: z.number().int().nonnegative(),
  startedAt: z.string().nullable(),
  healthy: z.boolean(),
  mounts: z.array(HarborMountSchema),
});
export type HarborService = z.infer<typeof HarborServiceSchema>;

/** A known fault recognised from state, with the operator's fix. */
export const FindingSchema = z.object({
  id: z.string(),
  severity: z.enum(ISSUE_SEVERITIES),
  title: z.string(),
  detail: z.string(),
  fix: z.string(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** `GET /api/harbor`. */
export const HarborSchema = z.object({
  status: HarborHealthStatusSchema,
  /** Harbor 2.x answers /api/v2.0/health; 0.x has none and the console derives it from containers. */
  healthApi: z.enum(['v2.0', 'none']),
  /** Where this version answers health: `/api/health` (1.8–1.10), `/api/v2.0/health` (2.x); null before 1.8. */
  healthEndpoint: z.string().nullable(),
  components: z.array(HarborComponentHealthSchema),
  services: z.array(HarborServiceSchema),
  vmId: z.string(),
  layout: z.string(),
  registry: z.object({
    url: z.string().nullable(),
    process: z.enum(['stopped', 'starting', 'running', 'crashed', 'unavailable']),
    storageRoot: z.string().nullable(),
    detail: z.string().nullable(),
  }),
  findings: z.array(FindingSchema),
});
export type Harbor = z.infer<typeof HarborSchema>;

/** `POST /api/harbor/images` `{"count":2}`: push that many small real OCI images. */
export const PushImagesBodySchema = z.strictObject({ count: z.number().int().min(1).max(20) });
export type PushImagesBody = z.infer<typeof PushImagesBodySchema>;

export const ImageBlobSchema = z.object({
  digest: z.string(),
  size: z.number().int().nonnegative(),
  mediaType: z.string(),
});

/** An image in the registry, as the ledger recorded it at push time. */
export const HarborImageSchema = z.object({
  ref: z.string(),
  repository: z.string(),
  tag: z.string(),
  manifestDigest: z.string(),
  blobs: z.array(ImageBlobSchema),
  pushedAt: z.string(),
});
export type HarborImage = z.infer<typeof HarborImageSchema>;
export const HarborImageListSchema = listOf(HarborImageSchema);
export type HarborImageList = z.infer<typeof HarborImageListSchema>;

/** `POST /api/harbor/verify`: every image fetched back and every blob re-hashed. */
export const VerifyResultSchema = z.object({
  intact: z.boolean(),
  images: z.array(
    z.object({
      ref: z.string(),
      status: z.enum(IMAGE_CHECK_STATUSES),
      manifestDigest: z.string(),
      detail: z.string(),
      blobs: z.array(z.object({ digest: z.string(), status: z.enum(IMAGE_CHECK_STATUSES) })),
    }),
  ),
  counts: z.object({ images: z.number().int(), blobs: z.number().int(), verified: z.number().int() }),
});
export type VerifyResult = z.infer<typeof VerifyResultSchema>;

/** A data mount mapped onto a vDVS volume by the Attach to Harbor wizard. */
export const ComposeMappingSchema = z.strictObject({
  service: z.string().min(1).max(100),
  target: z.string().min(1).max(1024),
  volume: z.string().min(1).max(256),
});
export type ComposeMapping = z.infer<typeof ComposeMappingSchema>;

/** `POST /api/harbor/compose/preview` and `POST /api/harbor/attach`. */
export const ComposePreviewBodySchema = z.strictObject({
  // Its size is checked in bytes by the compose reader (413), not in characters here.
  compose: z.string().optional(),
  mappings: z.array(ComposeMappingSchema).max(50),
  copyData: z.boolean().optional(),
});
export type ComposePreviewBody = z.infer<typeof ComposePreviewBodySchema>;

export const ComposePreviewSchema = z.object({
  compose: z.string(),
  diff: z.string(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  override: z.object({ fileName: z.string(), compose: z.string() }),
});
export type ComposePreview = z.infer<typeof ComposePreviewSchema>;

/** `GET /api/harbor/compose`: the compose file Harbor runs with. */
export const ComposeFileSchema = z.object({ fileName: z.string(), compose: z.string(), layout: z.string() });
export type ComposeFile = z.infer<typeof ComposeFileSchema>;
