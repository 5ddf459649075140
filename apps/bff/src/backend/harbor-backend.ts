import type {
  ComposeFile,
  ComposePreview,
  ComposePreviewBody,
  Harbor,
  HarborImage,
  VerifyResult,
} from '@harborview/contracts/harbor';
import type { Task } from '@harborview/contracts/tasks';

import type { Caller } from './caller';

/** Harbor on its VM: its services, its compose file and volume mappings, and the images in its registry. */
export interface HarborBackend {
  harbor(): Promise<Harbor>;
  composeFile(): Promise<ComposeFile>;
  previewCompose(body: ComposePreviewBody): Promise<ComposePreview>;
  attachHarbor(body: ComposePreviewBody, caller: Caller): Promise<Task>;
  listImages(): Promise<HarborImage[]>;
  pushImages(count: number): Promise<HarborImage[]>;
  verifyImages(): Promise<VerifyResult>;
}
