/** A state machine's executions: filtered by status, searched by name, a page at a time. */
import { useState } from "preact/hooks";
import { sfn } from "../api";
import { ErrorMessage, formatDate, Loading, StatusBadge, useLoad } from "../components/common";
import { href } from "../route";

interface ExecutionItem {
  executionArn: string;
  name: string;
  status: string;
  startDate: number;
  stopDate?: number;
}

const PAGE_SIZE = 20;
const STATUSES = ["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"];

export function ExecutionsList({ stateMachineArn }: { stateMachineArn: string }) {
  const [status, setStatus] = useState("");
  const [search, setSearch] = useState("");
  /** The nextToken of each page shown so far; the first page has none. */
  const [tokens, setTokens] = useState<(string | undefined)[]>([undefined]);
  const page = tokens.length - 1;

  const load = async (): Promise<{ items: ExecutionItem[]; nextToken?: string }> => {
    const base: Record<string, unknown> = { stateMachineArn };
    if (status !== "") base.statusFilter = status;
    if (search.trim() === "") {
      const token = tokens[page];
      const answer = await sfn<{ executions: ExecutionItem[]; nextToken?: string }>("ListExecutions", { ...base, maxResults: PAGE_SIZE, ...(token ? { nextToken: token } : {}) });
      return answer.nextToken ? { items: answer.executions, nextToken: answer.nextToken } : { items: answer.executions };
    }
    // ListExecutions has no name filter: read every page and search them here.
    const needle = search.trim().toLowerCase();
    const found: ExecutionItem[] = [];
    let nextToken: string | undefined;
    do {
      const answer = await sfn<{ executions: ExecutionItem[]; nextToken?: string }>("ListExecutions", { ...base, maxResults: 1000, ...(nextToken ? { nextToken } : {}) });
      found.push(...answer.executions.filter((item) => item.name.toLowerCase().includes(needle)));
      nextToken = answer.nextToken;
    } while (nextToken);
    return { items: found };
  };
  const executions = useLoad(load, `${stateMachineArn}|${status}|${search}|${page}`);
  const resetPaging = () => setTokens([undefined]);

  return (
    <div>
      <div class="toolbar">
        <div class="field inline">
          <label for="status-filter">Status</label>
          <select id="status-filter" value={status} onChange={(event) => { setStatus(event.currentTarget.value); resetPaging(); }}>
            <option value="">All statuses</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div class="field inline">
          <label for="execution-search">Search by name</label>
          <input id="execution-search" type="search" value={search} onInput={(event) => { setSearch(event.currentTarget.value); resetPaging(); }} />
        </div>
        <button type="button" onClick={executions.reload}>
          Refresh executions
        </button>
      </div>
      <ErrorMessage error={executions.error} />
      {executions.data === undefined && executions.error === undefined && <Loading what="executions" />}
      {executions.data?.items.length === 0 && <p class="muted">No executions match.</p>}
      {executions.data !== undefined && executions.data.items.length > 0 && (
        <table aria-label="Executions">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
              <th scope="col">Started</th>
              <th scope="col">Ended</th>
            </tr>
          </thead>
          <tbody>
            {executions.data.items.map((item) => (
              <tr key={item.executionArn}>
                <td>
                  <a href={href({ page: "execution", arn: item.executionArn })}>{item.name}</a>
                </td>
                <td>
                  <StatusBadge status={item.status} />
                </td>
                <td>{formatDate(item.startDate)}</td>
                <td>{formatDate(item.stopDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {search.trim() === "" && (
        <nav class="pager" aria-label="Executions pages">
          <button type="button" disabled={page === 0} onClick={() => setTokens(tokens.slice(0, -1))}>
            Previous page
          </button>
          <span>Page {page + 1}</span>
          <button type="button" disabled={executions.data?.nextToken === undefined} onClick={() => setTokens([...tokens, executions.data?.nextToken])}>
            Next page
          </button>
        </nav>
      )}
    </div>
  );
}
