/** Lays a definition graph out with dagre (a compound graph: groups hold their states), top to bottom. */
import { graphlib, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from "@dagrejs/dagre";
import type { DefinitionGraph, EdgeKind, GraphNode } from "./definition-graph";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode extends Box {
  node: GraphNode;
}

export interface PlacedGroup extends Box {
  id: string;
  label: string;
}

export interface PlacedEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  label?: string;
  points: { x: number; y: number }[];
  labelBox?: Box;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  groups: PlacedGroup[];
  edges: PlacedEdge[];
}

const CHAR_WIDTH = 7.2;
const LABEL_CHAR_WIDTH = 6.2;

function nodeSize(node: GraphNode): { width: number; height: number } {
  switch (node.kind) {
    case "start":
    case "end":
      return { width: 64, height: 28 };
    case "join":
      return { width: 18, height: 18 };
    case "state":
      return { width: Math.max(120, node.label.length * CHAR_WIDTH + 36), height: 44 };
  }
}

export function layoutGraph(graph: DefinitionGraph): GraphLayout {
  const g = new graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ compound: true, multigraph: true });
  g.setGraph({ rankdir: "TB", nodesep: 36, ranksep: 44, edgesep: 16, marginx: 16, marginy: 16 });
  for (const group of graph.groups) {
    g.setNode(group.id, { width: 0, height: 0, label: group.label, paddingTop: 24 });
  }
  for (const group of graph.groups) if (group.parent !== undefined) g.setParent(group.id, group.parent);
  for (const node of graph.nodes) {
    g.setNode(node.id, nodeSize(node));
    if (node.parent !== undefined) g.setParent(node.id, node.parent);
  }
  // dagre places the later of two sibling edges further left; adding edges last-first keeps branches in definition order.
  [...graph.edges.entries()].reverse().forEach(([index, edge]) => {
    const label: EdgeLabel = { minlen: 1 };
    if (edge.label !== undefined) Object.assign(label, { width: edge.label.length * LABEL_CHAR_WIDTH + 12, height: 18, labelpos: "c" });
    g.setEdge(edge.from, edge.to, label, `e${index}`);
  });
  layout(g);

  const nodes: PlacedNode[] = graph.nodes.map((node) => ({ node, ...box(g.node(node.id)) }));
  const groups: PlacedGroup[] = graph.groups.map((group) => ({ id: group.id, label: group.label, ...box(g.node(group.id)) }));
  const edges: PlacedEdge[] = graph.edges.map((edge, index) => {
    const placed = g.edge(edge.from, edge.to, `e${index}`);
    const result: PlacedEdge = { from: edge.from, to: edge.to, kind: edge.kind, points: placed?.points ?? [] };
    if (edge.label !== undefined) {
      result.label = edge.label;
      if (placed?.x !== undefined && placed.y !== undefined) {
        const width = placed.width ?? 0;
        const height = placed.height ?? 0;
        result.labelBox = { x: placed.x - width / 2, y: placed.y - height / 2, width, height };
      }
    }
    return result;
  });
  const size = g.graph();
  return { width: size.width ?? 0, height: size.height ?? 0, nodes, groups, edges };
}

/** dagre gives centres; the SVG wants top-left corners. */
function box(label: NodeLabel | undefined): Box {
  const width = label?.width ?? 0;
  const height = label?.height ?? 0;
  return { x: (label?.x ?? 0) - width / 2, y: (label?.y ?? 0) - height / 2, width, height };
}
