import type { BrowseEntry } from '@harborview/contracts/datastore-browse';
import { describe, expect, it } from 'vitest';

import { breadcrumbs, childPath, fileTypeLabel, isOpenable } from './browse-path';

const file = (name: string): BrowseEntry => ({ name, kind: 'file', sizeBytes: 1, target: null });

describe('breadcrumbs', () => {
  it('when inside dockvols/_DEFAULT, then the root, dockvols and _DEFAULT are crumbs', () => {
    expect(breadcrumbs('[vsanDatastore]', 'dockvols/_DEFAULT')).toStrictEqual([
      { label: '[vsanDatastore]', path: '' },
      { label: 'dockvols', path: 'dockvols' },
      { label: '_DEFAULT', path: 'dockvols/_DEFAULT' },
    ]);
  });

  it('when at the root, then only the root is a crumb', () => {
    expect(breadcrumbs('[vsanDatastore]', '')).toStrictEqual([{ label: '[vsanDatastore]', path: '' }]);
  });
});

describe('childPath', () => {
  it('when the folder is the root, then the child path is the name alone', () => {
    expect(childPath('', 'dockvols')).toBe('dockvols');
    expect(childPath('dockvols', 'policies')).toBe('dockvols/policies');
  });
});

describe('fileTypeLabel', () => {
  it.each([
    ['vsanvol1.vmdk', 'dockvols/_DEFAULT', 'Virtual disk descriptor'],
    ['vsanvol1-84b25ea7eb0f1fbf.vmfd', 'dockvols/_DEFAULT', 'vDVS metadata sidecar (KV)'],
    ['vol-flat.vmdk', 'dockvols/_DEFAULT', 'Virtual disk data'],
    ['vol-000001.vmdk', 'dockvols/_DEFAULT', 'Snapshot delta disk'],
    ['stripe-2', 'dockvols/policies', 'vDVS storage policy'],
    ['stripe-2.old', 'dockvols/policies', 'Storage policy (previous content)'],
    ['notes.txt', '', 'File'],
  ])('when the file is %s in %s, then its type is %s', (name, folder, label) => {
    expect(fileTypeLabel(file(name), folder)).toBe(label);
  });

  it('when the entry is a link, then it is a Link and can be opened', () => {
    const link: BrowseEntry = { name: '_DEFAULT', kind: 'link', sizeBytes: null, target: '1111' };

    expect([fileTypeLabel(link, 'dockvols'), isOpenable(link)]).toStrictEqual(['Link', true]);
  });
});
