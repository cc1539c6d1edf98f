/** One execution: its status and data, the graph coloured live, the event table, state details and actions. */
import { useMemo, useState } from "preact/hooks";
import { sfn } from "../api";
import { errorText, ErrorMessage, formatDate, formatDuration, JsonBlock, Loading, Section, StatusBadge } from "../components/common";
import { CallbackPanel } from "../execution/callback-panel";
import { EventTable } from "../execution/event-table";
import { readHistory, type IterationRef, type StateStatus } from "../execution/execution-history";
import { StateDetails } from "../execution/state-details";
import { useExecution, type ExecutionView } from "../execution/use-execution";
import { definitionGraph } from "../graph/definition-graph";
import { GraphLegend, GraphView } from "../graph/graph-view";
import { href, navigate } from "../route";

export function ExecutionPage({ arn, state }: { arn: string; state: string | undefined }) {
  const { view, error, refresh } = useExecution(arn);
  if (view === undefined) return error === undefined ? <Loading what="the execution" /> : <ErrorMessage error={error} />;
  return <ExecutionView view={view} error={error} refresh={refresh} selected={state} />;
}

function ExecutionView({ view, error, refresh, selected }: { view: ExecutionView; error: string | undefined; refresh: () => void; selected: string | undefined }) {
  const { execution, definition, events, taskTokens } = view;
  const [iteration, setIteration] = useState<IterationRef>();
  const [actionError, setActionError] = useState<string>();
  const graph = useMemo(() => definitionGraph(definition), [definition]);
  const history = useMemo(() => readHistory(events, graph, execution.status === "RUNNING"), [events, graph, execution.status]);
  const statuses = useMemo(() => new Map<string, StateStatus>([...history.states].map(([name, run]) => [name, run.status])), [history]);
  const select = (name: string | undefined) => navigate(name === undefined ? { page: "execution", arn: execution.executionArn } : { page: "execution", arn: execution.executionArn, state: name });
  const act = async (operation: string) => {
    setActionError(undefined);
    try {
      await sfn(operation, { executionArn: execution.executionArn });
      refresh();
    } catch (failure) {
      setActionError(errorText(failure));
    }
  };
  const ended = execution.stopDate ?? Date.now() / 1000;
  const redrivable = ["FAILED", "TIMED_OUT", "ABORTED"].includes(execution.status);

  return (
    <>
      <header class="page-head">
        <p class="crumbs">
          <a href="#/">State machines</a> / <a href={href({ page: "state-machine", arn: execution.stateMachineArn })}>{execution.stateMachineArn.split(":").pop()}</a> /
        </p>
        <div class="title-row">
          <h1>{execution.name}</h1>
          <span aria-live="polite" aria-label="Execution status">
            <StatusBadge status={execution.status} />
          </span>
          <div class="actions">
            {execution.status === "RUNNING" && (
              <button type="button" class="danger" onClick={() => void act("StopExecution")}>
                Stop execution
              </button>
            )}
            {redrivable && (
              <button type="button" onClick={() => void act("RedriveExecution")}>
                Redrive
              </button>
            )}
          </div>
        </div>
        <ErrorMessage error={actionError ?? error} />
        <dl class="facts">
          <dt>Started</dt>
          <dd>{formatDate(execution.startDate)}</dd>
          <dt>Ended</dt>
          <dd>{formatDate(execution.stopDate)}</dd>
          <dt>Duration</dt>
          <dd>{formatDuration(Math.max(0, Math.round((ended - execution.startDate) * 1000)))}</dd>
          {execution.redriveCount !== undefined && execution.redriveCount > 0 && (
            <>
              <dt>Redrives</dt>
              <dd>{execution.redriveCount}</dd>
            </>
          )}
          <dt>ARN</dt>
          <dd class="code">{execution.executionArn}</dd>
        </dl>
        {(execution.error !== undefined || execution.cause !== undefined) && (
          <div class="failure-box" role="region" aria-label="Execution error">
            <p>
              <strong>Error:</strong> <span class="code">{execution.error ?? "—"}</span>
            </p>
            <p>
              <strong>Cause:</strong> <span class="code">{execution.cause ?? "—"}</span>
            </p>
          </div>
        )}
      </header>
      <CallbackPanel tokens={taskTokens} onSent={refresh} />
      <div class="columns">
        <Section title="Graph" actions={<GraphLegend />}>
          <GraphView definition={definition} statuses={statuses} taken={history.transitions} onSelect={select} {...(selected === undefined ? {} : { selected })} />
        </Section>
        <div class="stack">
          {selected !== undefined && (
            <StateDetails
              name={selected}
              history={history}
              stateType={graph.stateTypes.get(selected)}
              branches={graph.branches.get(selected)}
              onShowIteration={setIteration}
              onSelectState={select}
              onClose={() => select(undefined)}
            />
          )}
          <Section title="Execution input and output">
            <div class="io">
              <JsonBlock label="Execution input" text={execution.input} />
              <JsonBlock label="Execution output" text={execution.output} empty={execution.status === "RUNNING" ? "Still running." : "No output."} />
            </div>
          </Section>
        </div>
      </div>
      <Section title="Events">
        <EventTable events={history.events} onSelectState={select} iteration={iteration} onClearIteration={() => setIteration(undefined)} />
      </Section>
    </>
  );
}
