/** Deletes closed executions older than the retention period, a bounded batch at a time, with everything they own. */
import type Database from "better-sqlite3";

/** Deletes up to `limit` executions closed before `closedBefore` in one transaction; answers their ARNs. */
export function purgeClosedExecutions(db: Database.Database, closedBefore: number, limit: number): string[] {
  const select = db.prepare("SELECT id, arn FROM executions WHERE stop_date IS NOT NULL AND stop_date < ? AND status <> 'RUNNING' LIMIT ?");
  const deletes = [
    db.prepare("DELETE FROM history_events WHERE execution_id = ?"),
    db.prepare("DELETE FROM frames WHERE execution_id = ?"),
    db.prepare("DELETE FROM frame_values WHERE execution_id = ?"),
    db.prepare("DELETE FROM executions WHERE id = ?"),
  ];
  const deleteMapRuns = db.prepare("DELETE FROM map_runs WHERE execution_arn = ?");
  const deleteChildEvents = db.prepare(
    "DELETE FROM map_child_events WHERE map_run_arn IN (SELECT map_run_arn FROM map_children WHERE parent_arn = ?)",
  );
  const deleteMapChildren = db.prepare("DELETE FROM map_children WHERE parent_arn = ?");
  return db.transaction(() => {
    const rows = select.all(closedBefore, limit) as Array<{ id: number; arn: string }>;
    for (const row of rows) {
      for (const statement of deletes) statement.run(row.id);
      deleteMapRuns.run(row.arn);
      deleteChildEvents.run(row.arn);
      deleteMapChildren.run(row.arn);
    }
    return rows.map((row) => row.arn);
  })();
}
