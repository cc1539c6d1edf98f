/**
 * A DISTRIBUTED Map's child executions in SQLite: the rows a step's started and ended iterations
 * write (one transaction per step, however many), and their keyset listing by map run.
 */
import type Database from "better-sqlite3";
import type { HistoryEvent } from "../../asl";
import type { ExecutionStatus, MapChildRecord } from "../records";
import type { ExecutionKey, KeyPage, MapChildChange, MapChildFilter, PageRequest } from "../store";

interface MapChildRow {
  map_run_arn: string;
  idx: number;
  arn: string;
  parent_arn: string;
  state_machine_arn: string;
  name: string;
  type: "STANDARD" | "EXPRESS";
  status: ExecutionStatus;
  start_date: number;
  stop_date: number | null;
  input: string;
  output: string | null;
  error: string | null;
  cause: string | null;
  redrive_count: number;
  redrive_date: number | null;
}

const NEWEST_FIRST = "ORDER BY start_date DESC, idx DESC LIMIT @limit";
const OLDER_THAN = "(start_date < @date OR (start_date = @date AND idx < @idx))";
const MATCHING =
  "(@status IS NULL OR status = @status) AND (@redriven IS NULL OR (@redriven = 1 AND redrive_count > 0) OR (@redriven = 0 AND redrive_count = 0))";

export class SqliteMapChildren {
  private readonly statements;
  readonly write: (changes: readonly MapChildChange[]) => void;

  constructor(db: Database.Database) {
    this.statements = {
      // A redriven child keeps its ARN and row, as AWS redrives the same child execution.
      start: db.prepare(
        "INSERT INTO map_children (map_run_arn, idx, arn, parent_arn, state_machine_arn, name, type, status, start_date, input) " +
          "VALUES (@mapRunArn, @index, @executionArn, @parentArn, @stateMachineArn, @name, @type, 'RUNNING', @startDate, @input) " +
          "ON CONFLICT (map_run_arn, idx) DO UPDATE SET status = 'RUNNING', stop_date = NULL, output = NULL, error = NULL, cause = NULL, " +
          "redrive_count = redrive_count + 1, redrive_date = excluded.start_date",
      ),
      end: db.prepare(
        "UPDATE map_children SET status = @status, stop_date = @stopDate, output = @output, error = @error, cause = @cause " +
          "WHERE map_run_arn = @mapRunArn AND idx = @index",
      ),
      abort: db.prepare("UPDATE map_children SET status = 'ABORTED', stop_date = ? WHERE map_run_arn = ? AND status = 'RUNNING'"),
      get: db.prepare("SELECT * FROM map_children WHERE arn = ?"),
      addEvent: db.prepare("INSERT OR REPLACE INTO map_child_events (map_run_arn, idx, seq, event) VALUES (?, ?, ?, ?)"),
      events: db.prepare("SELECT event FROM map_child_events WHERE map_run_arn = ? AND idx = ? ORDER BY seq").pluck(),
      list: db.prepare(`SELECT * FROM map_children WHERE map_run_arn = @mapRunArn AND ${MATCHING} AND ${OLDER_THAN} ${NEWEST_FIRST}`),
    };
    this.write = db.transaction((changes: readonly MapChildChange[]) => {
      for (const change of changes) {
        if (change.kind === "started") this.statements.start.run(change.child);
        else if (change.kind === "event") this.statements.addEvent.run(change.mapRunArn, change.index, change.event.id, JSON.stringify(change.event));
        else
          this.statements.end.run({
            mapRunArn: change.mapRunArn,
            index: change.index,
            status: change.status,
            stopDate: change.stopDate,
            output: change.output ?? null,
            error: change.error ?? null,
            cause: change.cause ?? null,
          });
      }
    });
  }

  /** Children still running when their map run stopped end ABORTED with it. */
  abort(mapRunArn: string, stopDate: number): void {
    this.statements.abort.run(stopDate, mapRunArn);
  }

  get(arn: string): MapChildRecord | undefined {
    const row = this.statements.get.get(arn) as MapChildRow | undefined;
    return row === undefined ? undefined : recordOf(row);
  }

  events(mapRunArn: string, index: number): HistoryEvent[] {
    return (this.statements.events.all(mapRunArn, index) as string[]).map((text): HistoryEvent => JSON.parse(text));
  }

  list(filter: MapChildFilter, page: PageRequest<ExecutionKey>): KeyPage<MapChildRecord, ExecutionKey> {
    const [date, idx] = page.after ?? [Number.MAX_SAFE_INTEGER, 0];
    const redriven = filter.redriven === undefined ? null : filter.redriven ? 1 : 0;
    const parameters = { mapRunArn: filter.mapRunArn, status: filter.status ?? null, redriven, date, idx, limit: page.limit + 1 };
    const rows = this.statements.list.all(parameters) as MapChildRow[];
    const items = rows.slice(0, page.limit).map(recordOf);
    const last = rows[page.limit - 1];
    if (rows.length <= page.limit || last === undefined) return { items };
    return { items, next: [last.start_date, last.idx] };
  }
}

function recordOf(row: MapChildRow): MapChildRecord {
  const record: MapChildRecord = {
    executionArn: row.arn,
    mapRunArn: row.map_run_arn,
    parentArn: row.parent_arn,
    stateMachineArn: row.state_machine_arn,
    name: row.name,
    index: row.idx,
    type: row.type,
    status: row.status,
    startDate: row.start_date,
    input: row.input,
    redriveCount: row.redrive_count,
  };
  if (row.stop_date !== null) record.stopDate = row.stop_date;
  if (row.output !== null) record.output = row.output;
  if (row.error !== null) record.error = row.error;
  if (row.cause !== null) record.cause = row.cause;
  if (row.redrive_date !== null) record.redriveDate = row.redrive_date;
  return record;
}
