/** One state machine: its graph, its definition as JSON, versions and aliases, a start form and its executions. */
import { sfn } from "../api";
import { ErrorMessage, formatDate, Loading, Section, useLoad } from "../components/common";
import { GraphView } from "../graph/graph-view";
import { asObject, parseJson, prettyJson, type JsonObject } from "../json";
import { ExecutionsList } from "./executions-list";
import { StartExecutionForm } from "./start-execution-form";

interface Described {
  name: string;
  stateMachineArn: string;
  type: string;
  definition: string;
  roleArn: string;
  creationDate: number;
  versions: { stateMachineVersionArn: string; creationDate: number }[];
  aliases: { stateMachineAliasArn: string; creationDate: number }[];
}

async function loadMachine(arn: string): Promise<Described> {
  const [described, versions, aliases] = await Promise.all([
    sfn<Omit<Described, "versions" | "aliases">>("DescribeStateMachine", { stateMachineArn: arn }),
    sfn<{ stateMachineVersions: Described["versions"] }>("ListStateMachineVersions", { stateMachineArn: arn, maxResults: 1000 }),
    sfn<{ stateMachineAliases: Described["aliases"] }>("ListStateMachineAliases", { stateMachineArn: arn, maxResults: 1000 }),
  ]);
  return { ...described, versions: versions.stateMachineVersions, aliases: aliases.stateMachineAliases };
}

export function StateMachinePage({ arn }: { arn: string }) {
  const machine = useLoad(() => loadMachine(arn), arn);
  if (machine.error !== undefined) return <ErrorMessage error={machine.error} />;
  if (machine.data === undefined) return <Loading what="the state machine" />;
  const data = machine.data;
  const definition: JsonObject = asObject(parseJson(data.definition) ?? null) ?? {};
  return (
    <>
      <header class="page-head">
        <p class="crumbs">
          <a href="#/">State machines</a> /
        </p>
        <h1>{data.name}</h1>
        <dl class="facts">
          <dt>Type</dt>
          <dd>{data.type}</dd>
          <dt>Created</dt>
          <dd>{formatDate(data.creationDate)}</dd>
          <dt>ARN</dt>
          <dd class="code">{data.stateMachineArn}</dd>
          <dt>Role</dt>
          <dd class="code">{data.roleArn}</dd>
        </dl>
      </header>
      <div class="columns">
        <Section title="Graph">
          <GraphView definition={definition} />
        </Section>
        <div class="stack">
          <Section title="Start execution">
            <StartExecutionForm stateMachineArn={arn} />
          </Section>
          <Section title="Definition">
            <pre class="definition" tabIndex={0} aria-label="Definition JSON">
              {prettyJson(data.definition)}
            </pre>
          </Section>
          <Section title="Versions and aliases">
            {data.versions.length === 0 && data.aliases.length === 0 && <p class="muted">No versions or aliases published.</p>}
            <ul class="plain">
              {data.versions.map((version) => (
                <li key={version.stateMachineVersionArn}>
                  Version {version.stateMachineVersionArn.split(":").pop()} <span class="muted">({formatDate(version.creationDate)})</span>
                </li>
              ))}
              {data.aliases.map((alias) => (
                <li key={alias.stateMachineAliasArn}>
                  Alias {alias.stateMachineAliasArn.split(":").pop()} <span class="muted">({formatDate(alias.creationDate)})</span>
                </li>
              ))}
            </ul>
          </Section>
        </div>
      </div>
      <Section title="Executions">
        {data.type === "EXPRESS" ? (
          <p class="muted">Express executions keep no history and are not listed, as on AWS; StartSyncExecution or StartExecution returns their result.</p>
        ) : (
          <ExecutionsList stateMachineArn={arn} />
        )}
      </Section>
    </>
  );
}
