/** Turns an object into a uuid-free shape tests can compare with JSON fixtures. */
import type { LayoutNode, VsanComponent, VsanObject } from '../types';
import { toGb } from '../units';

/** A component as the Physical Placement dialog would list it, minus the uuid. */
export interface LeafShape {
  host: string;
  type: VsanComponent['type'];
  state: VsanComponent['state'];
  votes: number;
  sizeGb: number;
}

/** The layout tree with leaves replaced by their shapes. */
export type NodeShape = LeafShape | { type: string; children: NodeShape[] };

function leafShape(component: VsanComponent): LeafShape {
  return { host: component.hostId, type: component.type, state: component.state, votes: component.votes, sizeGb: toGb(component.sizeBytes) };
}

/** Shape of a layout node. */
export function describeNode(object: VsanObject, node: LayoutNode): NodeShape {
  if (node.type === 'Component') {
    const component = object.components.find((c) => c.uuid === node.componentUuid);
    if (component === undefined) {
      throw new Error(`layout points at unknown component ${node.componentUuid}`);
    }
    return leafShape(component);
  }
  return { type: node.type, children: node.children.map((child) => describeNode(object, child)) };
}

/** Shape of the whole object: layout, witnesses and vote total. */
export function describeObject(object: VsanObject): { layout: NodeShape; witnesses: LeafShape[]; totalVotes: number } {
  return {
    layout: describeNode(object, object.layout),
    witnesses: object.components.filter((c) => c.type === 'Witness').map(leafShape),
    totalVotes: object.components.reduce((sum, c) => sum + c.votes, 0),
  };
}
