import { describe, expect, it } from 'vitest';

import {
  collectPages,
  nextSort,
  pagesForRange,
  snapRangeToPages,
  volumeFiltersFromSearch,
  volumeFiltersToSearch,
} from './volume-query';

describe('volumeFiltersFromSearch', () => {
  it('when the URL has no parameters, then volumes sort by name ascending with no filter', () => {
    expect(volumeFiltersFromSearch(new URLSearchParams())).toStrictEqual({
      filter: undefined,
      policy: undefined,
      status: undefined,
      health: undefined,
      sort: 'name',
      order: 'asc',
    });
  });

  it('when the URL has unknown values, then they fall back to the defaults', () => {
    const filters = volumeFiltersFromSearch(new URLSearchParams('sort=size&order=up&status=lost'));

    expect([filters.sort, filters.order, filters.status]).toStrictEqual(['name', 'asc', undefined]);
  });

  it('when filters go to the URL and back, then nothing is lost and defaults are left out', () => {
    const filters = volumeFiltersFromSearch(new URLSearchParams('policy=stripe-2&sort=capacity&order=desc'));

    expect(volumeFiltersToSearch(filters).toString()).toBe('policy=stripe-2&sort=capacity&order=desc');
    expect(volumeFiltersToSearch(volumeFiltersFromSearch(new URLSearchParams())).toString()).toBe('');
  });
});

describe('nextSort', () => {
  const base = volumeFiltersFromSearch(new URLSearchParams());

  it('when the sorted column is clicked again, then the order flips', () => {
    expect(nextSort(base, 'name')).toMatchObject({ sort: 'name', order: 'desc' });
  });

  it('when another column is clicked, then it sorts ascending by it', () => {
    expect(nextSort({ ...base, order: 'desc' }, 'capacity')).toMatchObject({ sort: 'capacity', order: 'asc' });
  });
});

describe('pagesForRange', () => {
  it.each([
    [0, 20, 200, [1]],
    [190, 230, 200, [1, 2]],
    [9990, 9999, 200, [50]],
    [5, 4, 200, []],
  ])('when rows %s to %s are visible with pages of %s, then pages %o are fetched', (first, last, size, pages) => {
    expect(pagesForRange(first, last, size)).toStrictEqual(pages);
  });
});

describe('collectPages', () => {
  it('when some pages have answered and one failed, then rows are keyed by page and the failure is named', () => {
    const first = { data: { items: ['a', 'b'] }, isError: false };
    const failing = { data: undefined, isError: true };
    const third = { data: { items: ['e'] }, isError: false };

    const { byKey, failed } = collectPages(1, first, [2, 3], [failing, third], (page) => page.items);

    expect([...byKey]).toStrictEqual([
      [1, ['a', 'b']],
      [3, ['e']],
    ]);
    expect(failed).toBe(failing);
  });
});

describe('snapRangeToPages', () => {
  it('when the visible rows move within the same pages, then the previous range itself comes back', () => {
    const prev = snapRangeToPages({ first: 0, last: 0 }, 120, 150, 100);

    expect(prev).toStrictEqual({ first: 100, last: 100 });
    expect(snapRangeToPages(prev, 130, 160, 100)).toBe(prev);
  });

  it.each([
    [0, 20, 100],
    [90, 130, 100],
    [9990, 9999, 100],
    [0, -1, 100],
  ])('when rows %s to %s are snapped to pages of %s, then the same pages are fetched', (first, last, size) => {
    const snapped = snapRangeToPages({ first: -1, last: -1 }, first, last, size);

    expect(pagesForRange(snapped.first, snapped.last, size)).toStrictEqual(pagesForRange(first, last, size));
  });
});
