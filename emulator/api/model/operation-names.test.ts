/**
 * The operation table matches botocore's model and the SDK's commands: names, input members, output
 * timestamps and `sync-` host prefixes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { OPERATION_NAMES, isOperationName, operationModel } from "./operation-names";
import { SERVICE_MODEL, shapeNamed } from "./load-service-model";

const SDK_TYPES = join(dirname(require.resolve("@aws-sdk/client-sfn/package.json")), "dist-types");

/** Member names of `export interface <name> { ... }` in the SDK's generated declarations. */
function sdkInterfaceMembers(declarations: string, name: string): string[] | undefined {
  const start = declarations.indexOf(`export interface ${name} {`);
  if (start < 0) return undefined;
  const body = declarations.slice(start, declarations.indexOf("\n}", start));
  return [...body.matchAll(/^ {4}(\w+)\??: /gm)].map((match) => match[1] ?? "");
}

describe("the operation table", () => {
  it("names the 37 operations of botocore's service model", () => {
    expect(OPERATION_NAMES).toHaveLength(37);
    expect([...OPERATION_NAMES].sort()).toEqual(Object.keys(SERVICE_MODEL.operations).sort());
  });

  it("names the same operations as the commands of @aws-sdk/client-sfn", () => {
    const commands = readdirSync(join(SDK_TYPES, "commands"))
      .filter((file) => file.endsWith("Command.d.ts"))
      .map((file) => file.slice(0, -"Command.d.ts".length));
    expect(commands.sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it("gives each operation the input members the SDK sends", () => {
    const declarations = readFileSync(join(SDK_TYPES, "models", "models_0.d.ts"), "utf8");
    for (const operation of OPERATION_NAMES) {
      const input = operationModel(operation).input;
      const modelMembers = Object.keys(shapeNamed(input).members ?? {});
      expect({ operation, members: sdkInterfaceMembers(declarations, input)?.sort() }).toEqual({ operation, members: modelMembers.sort() });
    }
  });

  it("recognises operation names exactly", () => {
    expect(isOperationName("StartExecution")).toBe(true);
    expect(isOperationName("startExecution")).toBe(false);
    expect(isOperationName("DescribeExecutions")).toBe(false);
    expect(isOperationName("toString")).toBe(false);
  });

  it("names the output shape and its epoch-second timestamps", () => {
    expect(operationModel("GetExecutionHistory")).toEqual({
      input: "GetExecutionHistoryInput",
      output: "GetExecutionHistoryOutput",
      outputTimestamps: ["events[].timestamp"],
    });
    expect(operationModel("DescribeExecution").outputTimestamps).toEqual(["startDate", "stopDate", "redriveDate"]);
  });

  it("marks the operations SDKs call on the sync- host prefix", () => {
    const prefixed = OPERATION_NAMES.filter((operation) => operationModel(operation).hostPrefix !== undefined);
    expect(prefixed).toEqual(["StartSyncExecution", "TestState"]);
    expect(operationModel("TestState").hostPrefix).toBe("sync-");
  });
});
