/** The mock config file on disk, re-read when it changes; after a bad edit the last good version stays. */
import * as fs from "node:fs";
import type { IntegrationLog } from "../routing/integration-log";
import { parseMockConfig, type MockConfig } from "./mock-config";

/**
 * A mock config file, re-read when it changes on disk: a bad file at start stops the emulator with
 * the problem; a bad edit later is logged and the last good version stays in use.
 */
export class MockConfigFile {
  private config: MockConfig;
  private stamp: string;

  constructor(
    readonly path: string,
    private readonly log: IntegrationLog,
  ) {
    this.stamp = this.currentStamp();
    this.config = parseMockConfig(fs.readFileSync(path, "utf8"), path);
  }

  /** The config as the file holds it now, reloading it if its size or modification time changed. */
  current(): MockConfig {
    const stamp = this.currentStamp();
    if (stamp === this.stamp) return this.config;
    this.stamp = stamp;
    try {
      this.config = parseMockConfig(fs.readFileSync(this.path, "utf8"), this.path);
      this.log.info(`reloaded mock config ${this.path}`);
    } catch (error) {
      this.log.error(`kept the previous mock config: ${error instanceof Error ? error.message : String(error)}`);
    }
    return this.config;
  }

  private currentStamp(): string {
    try {
      const stat = fs.statSync(this.path);
      return `${stat.mtimeMs}:${stat.size}`;
    } catch {
      return "missing";
    }
  }
}
