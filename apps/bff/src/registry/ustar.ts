/** One entry of a tar archive; directories end in `/` by convention but need not. */
export interface TarEntry {
  path: string;
  type: 'file' | 'directory';
  content?: Uint8Array;
}

const BLOCK = 512;
const FILE_MODE = 0o644;
const DIRECTORY_MODE = 0o755;
const MAX_NAME = 100;

function writeString(header: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length > length) throw new RangeError(`tar field too long: '${value}' (max ${length} bytes)`);
  bytes.copy(header, offset);
}

// Numeric ustar fields are zero-padded octal followed by a NUL.
function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  writeString(header, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

function headerFor(entry: TarEntry, size: number): Buffer {
  const name = entry.type === 'directory' && !entry.path.endsWith('/') ? `${entry.path}/` : entry.path;
  if (Buffer.byteLength(name) > MAX_NAME) throw new RangeError(`tar path longer than ${MAX_NAME} bytes: ${name}`);
  const header = Buffer.alloc(BLOCK);
  writeString(header, 0, 100, name);
  writeOctal(header, 100, 8, entry.type === 'directory' ? DIRECTORY_MODE : FILE_MODE);
  writeOctal(header, 108, 8, 0); // uid
  writeOctal(header, 116, 8, 0); // gid
  writeOctal(header, 124, 12, size);
  writeOctal(header, 136, 12, 0); // mtime: fixed, so the same entries always give the same bytes
  header.fill(0x20, 148, 156); // the checksum is computed with its own field read as spaces
  writeString(header, 156, 1, entry.type === 'directory' ? '5' : '0');
  writeString(header, 257, 6, 'ustar\0');
  writeString(header, 263, 2, '00');
  let checksum = 0;
  for (const byte of header) checksum += byte;
  writeString(header, 148, 8, `${checksum.toString(8).padStart(6, '0')}\0 `);
  return header;
}

/**
 * Writes a POSIX ustar archive, entries sorted by path, with uid/gid 0 and mtime 0: byte-identical for the
 * same entries, which is what makes generated image layers content-addressable across runs.
 */
export function writeUstar(entries: readonly TarEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const parts: Buffer[] = [];
  for (const entry of sorted) {
    const content = entry.type === 'file' ? Buffer.from(entry.content ?? new Uint8Array()) : Buffer.alloc(0);
    parts.push(headerFor(entry, content.length), content);
    const padding = (BLOCK - (content.length % BLOCK)) % BLOCK;
    if (padding > 0) parts.push(Buffer.alloc(padding));
  }
  parts.push(Buffer.alloc(BLOCK * 2)); // end of archive: two zero blocks
  return Buffer.concat(parts);
}
