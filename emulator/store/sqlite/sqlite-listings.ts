/**
 * The store's List reads: each one walks an index from the key it was given and stops after one
 * page (plus one row to know whether more remain), so a page costs the same on a table of a
 * hundred rows or a million, and rows added meanwhile never shift a client's next page.
 */
import type Database from "better-sqlite3";
import type { ActivityRecord, AliasRecord, ExecutionRecord, MapRunRecord, StateMachineRecord } from "../records";
import type { ExecutionFilter, ExecutionKey, KeyPage, PageRequest } from "../store";
import type { ExecutionRow } from "./execution-rows";

interface KeyedRecord<K> {
  key: K;
  record: string;
}

// ':' + 1: the smallest string greater than every `<prefix>stateMachine:<name>`.
const AFTER_MACHINES = "stateMachine;";
const NEWEST_FIRST = "ORDER BY start_date DESC, id DESC LIMIT @limit";
/** Keyset condition for the newest-first order: strictly after (older than) the last row shown. */
const OLDER_THAN = "(start_date < @date OR (start_date = @date AND id < @id))";
const ANY_STATUS = "(@status IS NULL OR status = @status)";

export class SqliteListings {
  private readonly statements;

  constructor(db: Database.Database, private readonly executionFromRow: (row: ExecutionRow) => ExecutionRecord) {
    const executionColumns = "SELECT id, start_date AS startDate, record, progress FROM executions";
    this.statements = {
      machines: db.prepare(
        "SELECT arn AS key, record FROM state_machines WHERE arn > ? AND arn < ? AND version_of IS NULL ORDER BY arn LIMIT ?",
      ),
      versions: db.prepare(
        "SELECT version_number AS key, record FROM state_machines WHERE version_of = ? AND version_number < ? ORDER BY version_number DESC LIMIT ?",
      ),
      executions: db.prepare(`${executionColumns} WHERE state_machine_arn = @arn AND ${ANY_STATUS} AND ${OLDER_THAN} ${NEWEST_FIRST}`),
      executionsByStatus: db.prepare(`${executionColumns} WHERE state_machine_arn = @arn AND status = @status AND ${OLDER_THAN} ${NEWEST_FIRST}`),
      // An alias's or version's executions are few next to the machine's; the status is checked row by row.
      executionsByVersion: db.prepare(`${executionColumns} WHERE version_arn = @arn AND ${ANY_STATUS} AND ${OLDER_THAN} ${NEWEST_FIRST}`),
      executionsByAlias: db.prepare(`${executionColumns} WHERE alias_arn = @arn AND ${ANY_STATUS} AND ${OLDER_THAN} ${NEWEST_FIRST}`),
      activities: db.prepare("SELECT rowid AS key, record FROM activities WHERE namespace = ? AND rowid > ? ORDER BY rowid LIMIT ?"),
      aliases: db.prepare("SELECT rowid AS key, record FROM aliases WHERE state_machine_arn = ? AND rowid > ? ORDER BY rowid LIMIT ?"),
      mapRuns: db.prepare("SELECT rowid AS key, record FROM map_runs WHERE execution_arn = ? AND rowid > ? ORDER BY rowid LIMIT ?"),
    };
  }

  stateMachines(namespace: string, page: PageRequest<string>): KeyPage<StateMachineRecord, string> {
    const from = page.after ?? `${namespace}stateMachine:`;
    return keyed<StateMachineRecord, string>(this.statements.machines.all(from, `${namespace}${AFTER_MACHINES}`, page.limit + 1), page.limit);
  }

  versions(stateMachineArn: string, page: PageRequest<number>): KeyPage<StateMachineRecord, number> {
    return keyed(this.statements.versions.all(stateMachineArn, page.after ?? Number.MAX_SAFE_INTEGER, page.limit + 1), page.limit);
  }

  executions(filter: ExecutionFilter, page: PageRequest<ExecutionKey>): KeyPage<ExecutionRecord, ExecutionKey> {
    const [date, id] = page.after ?? [Number.MAX_SAFE_INTEGER, 0];
    const parameters = { date, id, limit: page.limit + 1, status: filter.status ?? null };
    let rows: unknown[];
    if (filter.aliasArn !== undefined) rows = this.statements.executionsByAlias.all({ ...parameters, arn: filter.aliasArn });
    else if (filter.versionArn !== undefined) rows = this.statements.executionsByVersion.all({ ...parameters, arn: filter.versionArn });
    else if (filter.status !== undefined) rows = this.statements.executionsByStatus.all({ ...parameters, arn: filter.stateMachineArn });
    else rows = this.statements.executions.all({ ...parameters, arn: filter.stateMachineArn });
    const typed = rows as Array<ExecutionRow & { id: number; startDate: number }>;
    const items = typed.slice(0, page.limit).map(this.executionFromRow);
    const last = typed[page.limit - 1];
    if (typed.length <= page.limit || last === undefined) return { items };
    return { items, next: [last.startDate, last.id] };
  }

  activities(namespace: string, page: PageRequest<number>): KeyPage<ActivityRecord, number> {
    return keyed(this.statements.activities.all(namespace, page.after ?? 0, page.limit + 1), page.limit);
  }

  aliases(stateMachineArn: string, page: PageRequest<number>): KeyPage<AliasRecord, number> {
    return keyed(this.statements.aliases.all(stateMachineArn, page.after ?? 0, page.limit + 1), page.limit);
  }

  mapRuns(executionArn: string, page: PageRequest<number>): KeyPage<MapRunRecord, number> {
    return keyed(this.statements.mapRuns.all(executionArn, page.after ?? 0, page.limit + 1), page.limit);
  }
}

/** Rows read with `limit + 1`: the extra row only says that another page exists. */
function keyed<T, K>(rows: unknown[], limit: number): KeyPage<T, K> {
  const typed = rows as Array<KeyedRecord<K>>;
  const items = typed.slice(0, limit).map((row) => JSON.parse(row.record) as T);
  const last = typed[limit - 1];
  if (typed.length <= limit || last === undefined) return { items };
  return { items, next: last.key };
}
