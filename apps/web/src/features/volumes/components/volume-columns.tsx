import type { Volume, VolumeListQuery } from '@harborview/contracts/volumes';
import { Link } from 'react-router';

import { formatBytes } from '../../../shared/lib/format';
import { CONSOLE_PATHS } from '../../../shared/ui/console-paths';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import type { TableColumn } from '../../../shared/ui/table-columns';
import { healthTone } from '../../vsan/health';

/** The server's sort keys, for the columns `GET /api/volumes` can sort by. */
export type VolumeSortKey = NonNullable<VolumeListQuery['sort']>;

// `vmdkops_admin.py volume ls` columns in its order (vdvs.md §3), then the vSAN object's health.
export const VOLUME_COLUMNS: TableColumn<Volume, VolumeSortKey>[] = [
  {
    header: 'Volume',
    sortKey: 'name',
    width: 'minmax(9rem,1.4fr)',
    cell: (v) => (
      <Link to={CONSOLE_PATHS.volume(v.name)} className="text-sky-700 underline dark:text-sky-300">
        {v.name}
      </Link>
    ),
  },
  { header: 'Datastore', width: '8rem', cell: (v) => v.datastore },
  { header: 'VMGroup', width: '6rem', cell: (v) => v.vmGroup },
  { header: 'Capacity', sortKey: 'capacity', width: '6rem', cell: (v) => formatBytes(v.capacityBytes) },
  { header: 'Used', width: '6rem', cell: (v) => formatBytes(v.usedBytes) },
  { header: 'Filesystem', width: '6rem', cell: (v) => v.filesystem },
  { header: 'Policy', sortKey: 'policy', width: 'minmax(8rem,1fr)', cell: (v) => v.policy },
  { header: 'Disk Format', width: '7rem', cell: (v) => v.diskFormat },
  { header: 'Attached-to', sortKey: 'status', width: '8rem', cell: (v) => v.attachedTo ?? 'detached' },
  { header: 'Access', width: '6rem', cell: (v) => v.access },
  { header: 'Attach-as', width: '11rem', cell: (v) => v.attachAs },
  { header: 'Created By', width: '8rem', cell: (v) => v.createdBy },
  { header: 'Created Date', sortKey: 'created', width: '13rem', cell: (v) => v.createdAt },
  {
    header: 'Object Health',
    sortKey: 'health',
    width: 'minmax(10rem,1.2fr)',
    cell: (v) => <StatusBadge tone={healthTone(v.object.health)}>{v.object.healthLabel}</StatusBadge>,
  },
];

/** The CSS grid columns every row of the virtualized table shares, so header and cells line up. */
