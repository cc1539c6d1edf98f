/** Emptying the SQLite store for `POST /_emulator/reset`. */
import type Database from "better-sqlite3";

/**
 * Empties every table in one transaction, as `POST /_emulator/reset` asks. Tables are listed from
 * the schema, so one added by a later migration is emptied too; foreign keys are checked at commit.
 */
export function clearTables(db: Database.Database): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all();
  db.transaction(() => {
    db.pragma("defer_foreign_keys = ON");
    for (const table of tables) {
      if (typeof table === "string") db.prepare(`DELETE FROM "${table.replace(/"/g, '""')}"`).run();
    }
  })();
}
