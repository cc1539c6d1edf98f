/** An execution's frames and frame values in SQLite: written as part of each step, read back to resume it. */
import type Database from "better-sqlite3";
import type { FrameRecord, FrameValueRecord } from "../records";
import type { StepWrite } from "../store";

export class SqliteFrames {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      upsertFrame: db.prepare("INSERT OR REPLACE INTO frames (execution_id, frame_id, data, input) VALUES (?, ?, ?, ?)"),
      // A frame whose input did not change keeps the input it has on disk.
      updateFrameData: db.prepare(
        "INSERT INTO frames (execution_id, frame_id, data) VALUES (?, ?, ?) ON CONFLICT (execution_id, frame_id) DO UPDATE SET data = excluded.data",
      ),
      deleteFrame: db.prepare("DELETE FROM frames WHERE execution_id = ? AND frame_id = ?"),
      deleteFrames: db.prepare("DELETE FROM frames WHERE execution_id = ?"),
      getFrames: db.prepare("SELECT frame_id AS frameId, data, input FROM frames WHERE execution_id = ?"),
      putValue: db.prepare("INSERT OR REPLACE INTO frame_values (execution_id, frame_id, key, data) VALUES (?, ?, ?, ?)"),
      deleteFrameValues: db.prepare("DELETE FROM frame_values WHERE execution_id = ? AND frame_id = ?"),
      deleteAllValues: db.prepare("DELETE FROM frame_values WHERE execution_id = ?"),
      getValues: db.prepare("SELECT frame_id AS frameId, key, data FROM frame_values WHERE execution_id = ?"),
    };
  }

  /** The frame part of a step, inside the step's transaction. */
  write(executionId: number, write: StepWrite): void {
    const s = this.statements;
    if (write.deleteAllFrames) {
      s.deleteFrames.run(executionId);
      s.deleteAllValues.run(executionId);
      return;
    }
    for (const frameId of write.deleteFrames) {
      s.deleteFrame.run(executionId, frameId);
      s.deleteFrameValues.run(executionId, frameId);
    }
    for (const frameId of write.clearValues ?? []) s.deleteFrameValues.run(executionId, frameId);
    for (const frame of write.upsertFrames) {
      if (frame.input === undefined) s.updateFrameData.run(executionId, frame.frameId, JSON.stringify(frame.data));
      else s.upsertFrame.run(executionId, frame.frameId, JSON.stringify(frame.data), JSON.stringify(frame.input));
    }
    for (const value of write.values ?? []) s.putValue.run(executionId, value.frameId, value.key, JSON.stringify(value.data));
  }

  frames(executionId: number): FrameRecord[] {
    const rows = this.statements.getFrames.all(executionId) as { frameId: string; data: string; input: string | null }[];
    return rows.map((row) => {
      const frame: FrameRecord = { frameId: row.frameId, data: JSON.parse(row.data) };
      if (row.input !== null) frame.input = JSON.parse(row.input);
      return frame;
    });
  }

  values(executionId: number): FrameValueRecord[] {
    const rows = this.statements.getValues.all(executionId) as { frameId: string; key: string; data: string }[];
    return rows.map((row) => ({ frameId: row.frameId, key: row.key, data: JSON.parse(row.data) }));
  }
}
