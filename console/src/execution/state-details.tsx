/** What one state did: its input, output, assigned variables, retries and errors; Map iterations and Parallel branches. */
import { JsonBlock, StatusBadge } from "../components/common";
import { asString } from "../json";
import type { IterationRef, ReadHistory } from "./execution-history";
import { MapRunSummary } from "./map-run-summary";

export interface StateDetailsProps {
  name: string;
  history: ReadHistory;
  stateType: string | undefined;
  branches: readonly (readonly string[])[] | undefined;
  onShowIteration: (iteration: IterationRef) => void;
  onSelectState: (name: string) => void;
  onClose: () => void;
}

export function StateDetails({ name, history, stateType, branches, onShowIteration, onSelectState, onClose }: StateDetailsProps) {
  const run = history.states.get(name);
  const iterations = history.iterations.get(name) ?? [];
  const mapRunArns = history.events.filter((entry) => entry.event.type === "MapRunStarted" && entry.step === name).map((entry) => asString(entry.details?.mapRunArn) ?? "");
  return (
    <section class="panel state-details" aria-label={`State ${name}`}>
      <div class="panel-head">
        <h2>
          State: {name} <span class="muted">({stateType ?? "?"})</span>
        </h2>
        <StatusBadge status={run?.status ?? "notReached"} />
        <button type="button" onClick={onClose}>
          Close state details
        </button>
      </div>
      {run === undefined ? (
        <p class="muted">This state has not been reached.</p>
      ) : (
        <>
          <p>
            Entered {run.entered} time{run.entered === 1 ? "" : "s"}; {run.retries} retr{run.retries === 1 ? "y" : "ies"}.
          </p>
          <div class="io">
            <JsonBlock label="State input" text={run.input} />
            <JsonBlock label="State output" text={run.output} empty={run.status === "running" ? "No output yet." : "No output."} />
          </div>
          {run.assignedVariables !== undefined && <JsonBlock label="Assigned variables" text={JSON.stringify(run.assignedVariables)} />}
          {run.failures.length > 0 && (
            <div>
              <h4>Errors</h4>
              <ul class="failures">
                {run.failures.map((failure) => (
                  <li key={failure.eventId}>
                    <strong>{failure.error ?? failure.type}</strong> <span class="muted">(event {failure.eventId}, {failure.type})</span>
                    {failure.cause !== undefined && <pre tabIndex={0}>{failure.cause}</pre>}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {mapRunArns.map((arn) => (
        <MapRunSummary key={arn} mapRunArn={arn} refreshKey={String(history.events.length)} />
      ))}
      {stateType === "Map" && iterations.length > 0 && (
        <div>
          <h4>Iterations</h4>
          <ul class="plain iterations">
            {iterations.map((iteration) => (
              <li key={iteration.index}>
                #{iteration.index} <StatusBadge status={iteration.status} />{" "}
                <button type="button" class="link" onClick={() => onShowIteration({ map: name, index: iteration.index })}>
                  Events of iteration {iteration.index}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {stateType === "Parallel" && branches !== undefined && (
        <div>
          <h4>Branches</h4>
          <ol class="branches">
            {branches.map((states, index) => (
              <li key={index}>
                {states.map((state) => (
                  <span key={state} class="branch-state">
                    <button type="button" class="link" onClick={() => onSelectState(state)}>
                      {state}
                    </button>{" "}
                    <StatusBadge status={history.states.get(state)?.status ?? "notReached"} />
                  </span>
                ))}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
