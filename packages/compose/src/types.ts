/** Which Harbor compose layout a file follows (harbor.md §0 and §2). */
export type HarborFamily = '0.4' | '0.5' | '1.x' | '2.x' | 'unknown';

/** The detected layout, with the release when an image tag names it and the clues that decided it. */
export interface HarborLayout {
  readonly family: HarborFamily;
  readonly version: string | null;
  readonly evidence: readonly string[];
}

/** How a mount entry is written in the file. */
export type MountSyntax = 'short' | 'long';

/** What the source of a mount is: a host path, a named volume, an anonymous volume, tmpfs, or something else. */
export type MountKind = 'bind' | 'volume' | 'anonymous' | 'tmpfs' | 'other';

/** What Harbor keeps at the mount's container path; drives the wizard's suggestions. */
export type MountRole =
  | 'registry-storage'
  | 'database'
  | 'job-logs'
  | 'redis'
  | 'chart-storage'
  | 'scanner-cache'
  | 'ca-download'
  | 'data-root'
  | 'logs'
  | 'secret'
  | 'config'
  | 'other';

/** 1-based inclusive line numbers and 0-based [start, end) character offsets of an entry in the source text. */
export interface SourceSpan {
  readonly startLine: number;
  readonly endLine: number;
  readonly startOffset: number;
  readonly endOffset: number;
}

/** One entry of a service's `volumes:` list. */
export interface Mount {
  readonly service: string;
  /** Host path or volume name; null for an anonymous volume. */
  readonly source: string | null;
  readonly target: string;
  readonly syntax: MountSyntax;
  readonly kind: MountKind;
  /** Options after the target (`ro`, `z`, `rw,z`, …); for long syntax, the same options derived from its keys. */
  readonly modes: readonly string[];
  readonly readOnly: boolean;
  /** A bind whose host path is `/data` or below it (Harbor's default data_volume). */
  readonly underDataDir: boolean;
  /** A bind of what looks like a single file (see classify.ts for the rule); such a bind cannot become a volume. */
  readonly looksLikeFile: boolean;
  readonly role: MountRole;
  /** The entry is reached through a YAML alias; `span` is where its anchor is written. */
  readonly viaAlias: boolean;
  readonly span: SourceSpan;
}

/** A top-level `volumes:` entry. */
export interface DeclaredVolume {
  readonly name: string;
  readonly external: boolean;
}

/** Everything the wizard needs to know about a compose file, as plain data. */
export interface ComposeInventory {
  readonly layout: HarborLayout;
  /** The raw `version:` value, or null when the file has none (Compose spec files from Harbor 2.12 on). */
  readonly composeVersion: string | null;
  readonly services: readonly string[];
  readonly mounts: readonly Mount[];
  readonly declaredVolumes: readonly DeclaredVolume[];
  readonly lineEnding: 'lf' | 'crlf';
}

/** Move the mount at `target` of `service` onto the external volume `volume`. */
export interface VolumeMapping {
  readonly service: string;
  readonly target: string;
  readonly volume: string;
}

/** Why one mapping was refused. */
export type MappingErrorCode =
  | 'unknown-service'
  | 'no-such-mount'
  | 'duplicate-mapping'
  | 'unsupported-mount-type'
  | 'single-file-bind'
  | 'invalid-volume-name'
  | 'volume-in-use'
  | 'volume-declared-not-external'
  | 'storage-split'
  | 'shared-source-split'
  | 'volume-reused';

/** A refused mapping, pointing at its index in the request. */
export interface MappingError {
  readonly mappingIndex: number;
  readonly code: MappingErrorCode;
  readonly message: string;
}

/** What the caller knows about volumes beyond this file (from `docker volume inspect` / vDVS `volume ls`). */
export interface ValidationContext {
  readonly volumesInUseElsewhere: readonly { readonly volume: string; readonly attachedTo: string }[];
}

/** Something the operator should know about an accepted rewrite. */
export type ComposeWarningCode =
  | 'regenerated-by-prepare'
  | 'copy-data-first'
  | 'selinux-label-kept'
  | 'selinux-label-dropped'
  | 'propagation-dropped'
  | 'bind-options-dropped'
  | 'parent-bind-remains'
  | 'compose-v1-override-key';

/** One warning; `service`/`target` name the mount it is about when there is one. */
export interface ComposeWarning {
  readonly code: ComposeWarningCode;
  readonly message: string;
  readonly service?: string;
  readonly target?: string;
}
