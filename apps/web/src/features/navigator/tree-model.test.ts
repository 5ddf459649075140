import type { InventoryNode } from '@harborview/contracts/inventory';
import { describe, expect, it } from 'vitest';

import { ancestorIds, treeKeyAction, visibleNodes } from './tree-model';

const leaf = (id: string): InventoryNode => ({ id, kind: 'host', name: id, children: [] });
const tree: InventoryNode = {
  id: 'vc',
  kind: 'vcenter',
  name: 'vc',
  children: [{ id: 'dc', kind: 'datacenter', name: 'dc', children: [leaf('h1'), leaf('h2')] }],
};

describe('visibleNodes', () => {
  it('when only the root is expanded, then the root and its child show with levels', () => {
    const nodes = visibleNodes(tree, new Set(['vc']));

    expect(nodes.map((n) => [n.node.id, n.level])).toStrictEqual([
      ['vc', 1],
      ['dc', 2],
    ]);
  });

  it('when everything is expanded, then hosts carry their position in the set', () => {
    const nodes = visibleNodes(tree, new Set(['vc', 'dc']));

    expect(nodes.map((n) => [n.node.id, n.posInSet, n.setSize])).toStrictEqual([
      ['vc', 1, 1],
      ['dc', 1, 1],
      ['h1', 1, 2],
      ['h2', 2, 2],
    ]);
  });
});

describe('ancestorIds', () => {
  it('when a deep node is looked up, then its ancestors come root first', () => {
    expect(ancestorIds(tree, 'h2')).toStrictEqual(['vc', 'dc']);
  });

  it('when the node is not in the tree, then null', () => {
    expect(ancestorIds(tree, 'nope')).toBeNull();
  });
});

describe('treeKeyAction', () => {
  const expanded = new Set(['vc', 'dc']);
  const nodes = visibleNodes(tree, expanded);

  it.each([
    ['ArrowDown', 'vc', { focus: 'dc' }],
    ['ArrowUp', 'h1', { focus: 'dc' }],
    ['Home', 'h2', { focus: 'vc' }],
    ['End', 'vc', { focus: 'h2' }],
    ['ArrowRight', 'dc', { focus: 'h1' }],
    ['ArrowLeft', 'dc', { collapse: 'dc' }],
    ['ArrowLeft', 'h1', { focus: 'dc' }],
    ['ArrowRight', 'h1', null],
    ['ArrowDown', 'h2', null],
  ] as const)('when %s is pressed on %s, then %j', (key, focused, action) => {
    expect(treeKeyAction(key, nodes, focused, expanded)).toStrictEqual(action);
  });

  it('when ArrowRight is pressed on a collapsed parent, then it expands', () => {
    expect(treeKeyAction('ArrowRight', visibleNodes(tree, new Set()), 'vc', new Set())).toStrictEqual({ expand: 'vc' });
  });
});
