/** Draws a laid-out definition graph as SVG; states are buttons, coloured by what happened to them. */
import { useMemo } from "preact/hooks";
import type { StateStatus } from "../execution/execution-history";
import type { JsonObject } from "../json";
import { definitionGraph, END_ID, type EdgeKind } from "./definition-graph";
import { layoutGraph, type PlacedEdge, type PlacedNode } from "./graph-layout";

export interface GraphViewProps {
  definition: JsonObject;
  statuses?: ReadonlyMap<string, StateStatus>;
  selected?: string;
  onSelect?: (stateName: string) => void;
  /** Transitions an execution took, as `from->to` state names (`->First` from the start). */
  taken?: ReadonlySet<string>;
}

const STATUS_WORDS: Readonly<Record<StateStatus, string>> = {
  succeeded: "succeeded",
  failed: "failed",
  caught: "caught",
  retried: "retried",
  running: "running",
  notReached: "not reached",
};

export function GraphView({ definition, statuses, selected, onSelect, taken }: GraphViewProps) {
  const layout = useMemo(() => layoutGraph(definitionGraph(definition)), [definition]);
  const names = useMemo(() => new Map(layout.nodes.map((placed) => [placed.node.id, placed.node.stateName ?? ""])), [layout]);
  return (
    <div class="graph-scroll">
      <svg
        class="graph"
        role="group"
        aria-label="State machine graph"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
      >
        <defs>
          {(["next", "choice", "default", "catch", "taken"] as const).map((kind) => (
            <marker key={kind} id={`arrow-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" class={`arrow arrow-${kind}`} />
            </marker>
          ))}
        </defs>
        {layout.groups.map((group) => (
          <g key={group.id} class={group.id.startsWith("branch:") ? "branch" : "container"}>
            <rect x={group.x} y={group.y} width={group.width} height={group.height} rx={8} />
            <text x={group.x + 8} y={group.y + 15}>
              {group.label}
            </text>
          </g>
        ))}
        {layout.edges.map((edge, index) => (
          <Edge key={index} edge={edge} taken={taken !== undefined && wasTaken(edge, names, taken, statuses)} />
        ))}
        {layout.nodes.map((placed) => (
          <Node key={placed.node.id} placed={placed} status={statuses && placed.node.stateName !== undefined ? (statuses.get(placed.node.stateName) ?? "notReached") : undefined} selected={selected} onSelect={onSelect} />
        ))}
      </svg>
    </div>
  );
}

/** A transition the history shows, or the way out of a state that finished its branch or the machine. */
function wasTaken(edge: PlacedEdge, names: ReadonlyMap<string, string>, taken: ReadonlySet<string>, statuses: ReadonlyMap<string, StateStatus> | undefined): boolean {
  const from = names.get(edge.from) ?? "";
  if (taken.has(`${from}->${names.get(edge.to) ?? ""}`)) return true;
  const leavesScope = edge.to === END_ID || edge.to.startsWith("join:");
  const status = statuses?.get(from);
  return leavesScope && edge.kind === "next" && (status === "succeeded" || status === "retried");
}

function Edge({ edge, taken }: { edge: PlacedEdge; taken: boolean }) {
  const d = edge.points.map((point, index) => `${index === 0 ? "M" : "L"} ${point.x.toFixed(1)} ${point.y.toFixed(1)}`).join(" ");
  return (
    <g class={`edge edge-${edge.kind}${taken ? " taken" : ""}`} data-from={edge.from} data-to={edge.to}>
      <path d={d} marker-end={`url(#arrow-${taken ? "taken" : (edge.kind satisfies EdgeKind)})`} />
      {edge.label !== undefined && edge.labelBox && (
        <g class="edge-label">
          <rect x={edge.labelBox.x} y={edge.labelBox.y} width={edge.labelBox.width} height={edge.labelBox.height} rx={4} />
          <text x={edge.labelBox.x + edge.labelBox.width / 2} y={edge.labelBox.y + edge.labelBox.height / 2 + 4} text-anchor="middle">
            {edge.label}
          </text>
        </g>
      )}
    </g>
  );
}

function Node({ placed, status, selected, onSelect }: { placed: PlacedNode; status: StateStatus | undefined; selected: string | undefined; onSelect: ((name: string) => void) | undefined }) {
  const { node, x, y, width, height } = placed;
  if (node.kind === "start" || node.kind === "end") {
    return (
      <g class={`marker marker-${node.kind}`} aria-label={node.label} role="img">
        <rect x={x} y={y} width={width} height={height} rx={height / 2} />
        <text x={x + width / 2} y={y + height / 2 + 4} text-anchor="middle">
          {node.label}
        </text>
      </g>
    );
  }
  if (node.kind === "join") {
    return <circle class={`join status-${status ?? "none"}`} cx={x + width / 2} cy={y + height / 2} r={width / 2 - 2} />;
  }
  const name = node.stateName ?? node.label;
  const statusClass = status === undefined ? "" : ` status-${status}`;
  const label = `${name} (${node.stateType ?? "state"})${status === undefined ? "" : `: ${STATUS_WORDS[status]}`}`;
  const select = () => onSelect?.(name);
  return (
    <g
      class={`state${statusClass}${selected === name ? " selected" : ""}`}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected === name}
      data-state={name}
      onClick={select}
      onKeyDown={(event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          select();
        }
      }}
    >
      <title>{label}</title>
      <rect x={x} y={y} width={width} height={height} rx={6} />
      <text class="state-name" x={x + width / 2} y={y + 19} text-anchor="middle">
        {name}
      </text>
      <text class="state-type" x={x + width / 2} y={y + 34} text-anchor="middle">
        {node.stateType}
        {status === undefined || status === "notReached" ? "" : ` · ${STATUS_WORDS[status]}`}
      </text>
    </g>
  );
}

export function GraphLegend() {
  return (
    <ul class="legend" aria-label="Graph legend">
      {(Object.keys(STATUS_WORDS) as StateStatus[]).map((status) => (
        <li key={status}>
          <span class={`swatch status-${status}`} aria-hidden="true" />
          {STATUS_WORDS[status]}
        </li>
      ))}
      <li>
        <span class="swatch-line taken" aria-hidden="true" />
        taken
      </li>
      <li>
        <span class="swatch-line catch" aria-hidden="true" />
        Catch
      </li>
    </ul>
  );
}
