/** The list of state machines with their type, creation date, versions and aliases. */
import { sfn } from "../api";
import { ErrorMessage, formatDate, Loading, Section, useLoad } from "../components/common";
import { href } from "../route";

interface MachineRow {
  name: string;
  stateMachineArn: string;
  type: string;
  creationDate: number;
  versions: number;
  aliases: number;
}

async function loadMachines(): Promise<MachineRow[]> {
  const machines: { name: string; stateMachineArn: string; type: string; creationDate: number }[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sfn<{ stateMachines: typeof machines; nextToken?: string }>("ListStateMachines", nextToken ? { maxResults: 1000, nextToken } : { maxResults: 1000 });
    machines.push(...page.stateMachines);
    nextToken = page.nextToken;
  } while (nextToken);
  return Promise.all(
    machines.map(async (machine) => {
      const [versions, aliases] = await Promise.all([
        sfn<{ stateMachineVersions: unknown[] }>("ListStateMachineVersions", { stateMachineArn: machine.stateMachineArn, maxResults: 1000 }),
        sfn<{ stateMachineAliases: unknown[] }>("ListStateMachineAliases", { stateMachineArn: machine.stateMachineArn, maxResults: 1000 }),
      ]);
      return { ...machine, versions: versions.stateMachineVersions.length, aliases: aliases.stateMachineAliases.length };
    }),
  );
}

export function StateMachinesPage() {
  const machines = useLoad(loadMachines, "machines");
  return (
    <Section
      title="State machines"
      actions={
        <button type="button" onClick={machines.reload}>
          Refresh
        </button>
      }
    >
      <ErrorMessage error={machines.error} />
      {machines.data === undefined && machines.error === undefined && <Loading what="state machines" />}
      {machines.data?.length === 0 && <p class="muted">No state machines yet. Create one with CreateStateMachine (the AWS CLI, an SDK, Terraform, CDK…).</p>}
      {machines.data !== undefined && machines.data.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Created</th>
              <th scope="col">Versions</th>
              <th scope="col">Aliases</th>
            </tr>
          </thead>
          <tbody>
            {machines.data.map((machine) => (
              <tr key={machine.stateMachineArn}>
                <td>
                  <a href={href({ page: "state-machine", arn: machine.stateMachineArn })}>{machine.name}</a>
                </td>
                <td>{machine.type}</td>
                <td>{formatDate(machine.creationDate)}</td>
                <td>{machine.versions}</td>
                <td>{machine.aliases}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
