import { isJsonObject, type Json } from "../../shared/json";
import type { CompiledState } from "../definition/program";
import type { MapState } from "../definition/types";
import { flavourOf } from "../io/flavour-of";
import type { StateIo } from "../io/query-flavour";
import type { Frame } from "../interpreter/frame";
import type { StepContext } from "../interpreter/step-context";
import type { ReaderInputType, ReaderSettings } from "./item-reader-parsing";
import { parseTaskResource } from "../definition/task-resource";

type MapCompiled = CompiledState & { definition: MapState };

/** A reader call in flight, kept in the Map's progress (plain JSON) until its answer comes back. */
export interface ReaderRequest {
  taskId: string;
  settings: ReaderSettings;
}

/**
 * Evaluates the ItemReader's Parameters (JSONPath) or Arguments (JSONata) and ReaderConfig against the
 * Map's input, and asks the runtime to call its S3 resource; the answer comes back as a task signal.
 */
export async function requestItems(ctx: StepContext, frame: Frame, state: MapCompiled, io: StateIo, input: Json): Promise<ReaderRequest> {
  // Called only for a Map with an ItemReader.
  const reader = state.definition.ItemReader ?? {};
  const flavour = flavourOf(state.queryLanguage);
  const inputIo: StateIo = { ...io, scope: { ...io.scope, input } };
  const resource = typeof reader["Resource"] === "string" ? reader["Resource"] : "";
  const jsonata = flavour.language === "JSONata";
  const template = (jsonata ? reader["Arguments"] : reader["Parameters"]) ?? {};
  const parameters = await flavour.template(jsonata ? "Arguments" : "Parameters", template, inputIo, input);
  const rawConfig = isJsonObject(reader["ReaderConfig"]) ? reader["ReaderConfig"] : {};
  const evaluated = jsonata ? await flavour.template("ReaderConfig", rawConfig, inputIo, input) : rawConfig;
  const config = isJsonObject(evaluated) ? evaluated : {};
  const maxItems = await flavour.number(
    {
      field: "MaxItems",
      value: numberOrText(config["MaxItems"]),
      pathField: "MaxItemsPath",
      path: typeof config["MaxItemsPath"] === "string" ? config["MaxItemsPath"] : undefined,
      kind: "integer",
    },
    inputIo,
  );
  const target = parseTaskResource(resource);
  const settings: ReaderSettings = { action: target.action };
  if (typeof config["InputType"] === "string") settings.InputType = config["InputType"] as ReaderInputType;
  if (config["CSVHeaderLocation"] === "FIRST_ROW" || config["CSVHeaderLocation"] === "GIVEN") settings.CSVHeaderLocation = config["CSVHeaderLocation"];
  if (Array.isArray(config["CSVHeaders"])) settings.CSVHeaders = config["CSVHeaders"].map(String);
  if (typeof config["CSVDelimiter"] === "string") settings.CSVDelimiter = config["CSVDelimiter"] as NonNullable<ReaderSettings["CSVDelimiter"]>;
  if (typeof config["ItemsPointer"] === "string") settings.ItemsPointer = config["ItemsPointer"];
  if (maxItems !== undefined) settings.MaxItems = maxItems;
  const taskId = ctx.newId("reader");
  ctx.invokeTask(frame, { taskId, resource, target, parameters, stateName: state.name });
  return { taskId, settings };
}

function numberOrText(value: Json | undefined): number | string | undefined {
  return typeof value === "number" || typeof value === "string" ? value : undefined;
}
