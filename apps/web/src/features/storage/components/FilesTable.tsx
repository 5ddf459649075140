import type { BrowseEntry } from '@harborview/contracts/datastore-browse';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { memo } from 'react';
import { Link } from 'react-router';

import { formatBytes } from '../../../shared/lib/format';
import { OutlineGlyph } from '../../../shared/ui/KindIcon';
import type { TableColumn } from '../../../shared/ui/table-columns';
import { useVirtualRows } from '../../../shared/ui/use-virtual-rows';
import { VirtualDataRow, virtualRowLayout, VirtualTable } from '../../../shared/ui/VirtualTable';
import { childPath, fileTypeLabel, isOpenable } from '../browse-path';

const ROW_HEIGHT = 32;
const linkClass = 'text-sky-700 underline dark:text-sky-300';

// Folder, link and file glyphs drawn like KindIcon's; decorative, the Type column says the same in words.
const GLYPHS: Record<BrowseEntry['kind'], string> = {
  folder: 'M1.5 4.5h5l1.5 1.5h6.5v7.5h-13z',
  link: 'M3 8h8 M8 5l3 3-3 3 M13 3v10',
  file: 'M3.5 1.5h6l3 3v10h-9z M9.5 1.5v3h3',
};

function EntryGlyph({ kind }: { kind: BrowseEntry['kind'] }): ReactNode {
  return (
    <OutlineGlyph
      path={GLYPHS[kind]}
      className="mr-1 inline h-4 w-4 shrink-0 align-text-bottom text-slate-500"
      strokeWidth={1.2}
    />
  );
}

/** What a row's cells show: the entry, where it opens, and the folder it sits in. */
interface FileCells {
  entry: BrowseEntry;
  href: string | null;
  path: string;
}

const COLUMNS: TableColumn<FileCells>[] = [
  {
    header: 'Name',
    rowHeader: true,
    width: 'minmax(16rem,2fr)',
    className: 'flex min-w-0 items-center',
    cell: ({ entry, href }) => (
      <>
        <EntryGlyph kind={entry.kind} />
        {href !== null ? (
          <Link to={href} className={`truncate ${linkClass}`}>
            {entry.name}
          </Link>
        ) : (
          <span className="truncate font-mono text-xs">{entry.name}</span>
        )}
      </>
    ),
  },
  {
    header: 'Size',
    width: '7rem',
    cell: ({ entry }) => (entry.sizeBytes === null ? '—' : formatBytes(entry.sizeBytes)),
  },
  { header: 'Type', width: 'minmax(12rem,1fr)', cell: ({ entry, path }) => fileTypeLabel(entry, path) },
  {
    header: 'Link target',
    width: 'minmax(12rem,1.5fr)',
    className: 'font-mono text-xs',
    cell: ({ entry }) => (entry.target ? `→ ${entry.target}` : ''),
  },
];
const ROW_LAYOUT = virtualRowLayout(COLUMNS, ROW_HEIGHT);

interface FileRowProps {
  index: number;
  start: number;
  entry: BrowseEntry | undefined;
  /** Where the entry opens (folders and links), null for files. */
  href: string | null;
  /** The folder shown, for the Type column (a `.vmdk` under dockvols is a volume's descriptor). */
  path: string;
}

// Memoized: while the table scrolls, rows that stay in the window keep their props and are not rendered again.
const FileRow = memo(function FileRow({ index, start, entry, href, path }: FileRowProps): ReactNode {
  return (
    <VirtualDataRow
      index={index}
      start={start}
      layout={ROW_LAYOUT}
      row={entry && { entry, href, path }}
      testId={entry && TEST_IDS.fileRow(entry.name)}
    />
  );
});

export interface FilesTableProps {
  path: string;
  total: number;
  entryAt: (index: number) => BrowseEntry | undefined;
  hrefFor: (path: string) => string;
  /** Which rows are on screen (0-based, inclusive), so the container fetches just their pages. */
  onRangeChange: (first: number, last: number) => void;
}

/** A folder's entries as an ARIA table of divs, virtualized so `_DEFAULT`'s 20,000 files scroll smoothly. */
export function FilesTable({ path, total, entryAt, hrefFor, onRangeChange }: FilesTableProps): ReactNode {
  const { scrollRef, items, totalSize } = useVirtualRows({ count: total, rowHeight: ROW_HEIGHT, onRangeChange });
  return (
    <VirtualTable
      scrollRef={scrollRef}
      totalSize={totalSize}
      label={`Contents of ${path || 'the datastore root'}`}
      rowCount={total}
      columns={COLUMNS}
      scrollerClassName="max-h-[70vh]"
      minWidthClassName="min-w-[48rem]"
    >
      {items.map((item) => {
        const entry = entryAt(item.index);
        const href = entry && isOpenable(entry) ? hrefFor(childPath(path, entry.name)) : null;
        return <FileRow key={item.key} index={item.index} start={item.start} entry={entry} href={href} path={path} />;
      })}
    </VirtualTable>
  );
}
