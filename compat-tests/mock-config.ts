/** The mock config of `mocked_execution` cases: each case's config, merged into one as replay.py does. */
import * as fs from "node:fs";
import { isJsonObject, type JsonObject } from "../emulator/shared/json";
import type { CompatCase } from "./case-loader";

/** A Step Functions Local mock config file: test cases per state machine, and the named mocked responses. */
export interface MockConfig {
  StateMachines: Record<string, { TestCases: Record<string, Record<string, string>> }>;
  MockedResponses: Record<string, JsonObject>;
}

/** One case's contribution: the state machine name it is created under and its mock config. */
export interface MockConfigSource {
  stateMachineName: string;
  config: JsonObject;
}

/** The mock config of a `mocked_execution` case. */
export function mockedCaseSource(c: CompatCase): MockConfigSource | undefined {
  const config = c.raw["mock_config"];
  const name = c.raw["state_machine_name"];
  return isJsonObject(config) && typeof name === "string" ? { stateMachineName: name, config } : undefined;
}

/**
 * One mock config for many cases, as replay.py --write-mock-config writes it: state machine names
 * are unique per case; mocked responses whose names collide with different content are renamed per case.
 */
export function mergeMockConfigs(sources: readonly MockConfigSource[]): MockConfig {
  const out: MockConfig = { StateMachines: {}, MockedResponses: {} };
  for (const { stateMachineName, config } of sources) {
    const rename = new Map<string, string>();
    const responses = isJsonObject(config["MockedResponses"]) ? config["MockedResponses"] : {};
    for (const [name, resp] of Object.entries(responses)) {
      if (!isJsonObject(resp)) continue;
      const existing = out.MockedResponses[name];
      const fresh = existing !== undefined && JSON.stringify(existing) !== JSON.stringify(resp) ? `${name}__${stateMachineName}` : name;
      rename.set(name, fresh);
      out.MockedResponses[fresh] = resp;
    }
    const machines = isJsonObject(config["StateMachines"]) ? config["StateMachines"] : {};
    for (const [sm, spec] of Object.entries(machines)) {
      const testCases: Record<string, Record<string, string>> = {};
      const tcs = isJsonObject(spec) && isJsonObject(spec["TestCases"]) ? spec["TestCases"] : {};
      for (const [tcName, tc] of Object.entries(tcs)) {
        const states: Record<string, string> = {};
        for (const [state, rname] of Object.entries(isJsonObject(tc) ? tc : {})) {
          states[state] = rename.get(String(rname)) ?? String(rname);
        }
        testCases[tcName] = states;
      }
      const merged = { TestCases: testCases };
      const prior = out.StateMachines[sm];
      if (prior !== undefined && JSON.stringify(prior) !== JSON.stringify(merged)) {
        throw new Error(`state machine name ${sm} used by two mocked cases with different test cases`);
      }
      out.StateMachines[sm] = merged;
    }
  }
  return out;
}

/** Writes the merged config as replay.py does (one-space indent, trailing newline). */
export function writeMockConfig(path: string, config: MockConfig): void {
  fs.writeFileSync(path, JSON.stringify(config, null, 1) + "\n");
}
