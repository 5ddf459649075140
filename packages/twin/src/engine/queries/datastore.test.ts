import { describe, expect, it } from 'vitest';

import { renderKvSidecar } from '../../vdvs/kv-sidecar';
import { renderVmdkDescriptor } from '../../vdvs/vmdk-descriptor';
import { scenario } from '../__fixtures__/drive';

import { browseDatastore } from './datastore';

// Facts: vdvs.md §5 (on vSAN each volume is a descriptor and a KV sidecar in dockvols/<vmgroup uuid>, no -flat file).

const big = scenario({ hosts: 3, volumes: 40 });
// The generated volumes' names are ASCII, so a rendered file's byte length is its string length.
const asciiLength = (text: string): number => {
  if ([...text].some((ch) => (ch.codePointAt(0) ?? 0) > 0x7f)) throw new Error('expected an ASCII file');
  return text.length;
};

describe('browseDatastore paging', () => {
  it('when _DEFAULT is read in pages of 25, then the pages join up to the whole folder and each carries the total', () => {
    const whole = browseDatastore(big, 'dockvols/_DEFAULT');
    const pages = [0, 25, 50, 75].map((offset) => browseDatastore(big, 'dockvols/_DEFAULT', { offset, limit: 25 }));

    expect(whole?.total).toBe(80);
    expect(pages.map((p) => [p?.offset, p?.entries.length, p?.total])).toStrictEqual([
      [0, 25, 80],
      [25, 25, 80],
      [50, 25, 80],
      [75, 5, 80],
    ]);
    expect(pages.flatMap((p) => p?.entries ?? [])).toStrictEqual(whole?.entries);
  });

  it('when a page is past the end, then it has no entries and still the total', () => {
    expect(browseDatastore(big, 'dockvols', { offset: 10, limit: 5 })).toStrictEqual({
      path: 'dockvols',
      entries: [],
      total: 3,
      offset: 10,
    });
  });

  it('when a page of descriptors and sidecars is read, then each size is the byte length of the rendered file', () => {
    const page = browseDatastore(big, 'dockvols/_DEFAULT', { offset: 40, limit: 10 })?.entries ?? [];
    const expected = page.map((e) => {
      const volume = big.volumes.find((v) => e.name === `${v.name}.vmdk` || e.name.startsWith(`${v.name}-`));
      if (volume === undefined) throw new Error(`no volume for ${e.name}`);
      return asciiLength(e.name.endsWith('.vmdk') ? renderVmdkDescriptor(volume) : renderKvSidecar(volume));
    });

    expect(page.map((e) => e.sizeBytes)).toStrictEqual(expected);
    expect(page.filter((e) => e.name.endsWith('.vmfd')).every((e) => e.sizeBytes === 4096)).toBe(true);
  });

  it('when the state moves on without touching files, then the same listing comes back', () => {
    const before = browseDatastore(big, 'dockvols/_DEFAULT', { offset: 0, limit: 6 });
    const ticked = { ...big, clock: { ...big.clock } };

    expect(browseDatastore(ticked, 'dockvols/_DEFAULT', { offset: 0, limit: 6 })).toStrictEqual(before);
  });

  it('when a volume goes after a listing was read, then the next listing no longer has its two files', () => {
    browseDatastore(big, 'dockvols/_DEFAULT');
    const [gone, ...kept] = big.volumes;

    const after = browseDatastore({ ...big, volumes: kept }, 'dockvols/_DEFAULT');

    expect(after?.total).toBe(78);
    expect(after?.entries.some((e) => e.name === `${gone?.name}.vmdk`)).toBe(false);
  });
});
