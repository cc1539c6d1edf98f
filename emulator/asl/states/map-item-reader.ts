/** The ItemReader's call: its Parameters or Arguments and ReaderConfig evaluated, and its S3 read asked of the runtime. */
import { isJsonObject, type Json } from "../../shared/json";
import type { ResolvedResource } from "../definition/task-resource";
import { flavourOf } from "../io/flavour-of";
import type { StateIo } from "../io/query-flavour";
import type { Frame } from "../interpreter/frame";
import type { StepContext } from "../interpreter/step-context";
import { isCsvDelimiter, isReaderInputType, type ReaderSettings } from "./item-reader-parsing";
import type { MapCompiled, ReaderRequest } from "./map-progress";

/**
 * Evaluates the ItemReader's Parameters (JSONPath) or Arguments (JSONata) and ReaderConfig against the
 * Map's input, and asks the runtime to call its S3 resource (as compile resolved it); the answer comes back as a task signal.
 */
export async function requestItems(
  ctx: StepContext,
  frame: Frame,
  state: MapCompiled,
  call: ResolvedResource,
  io: StateIo,
  input: Json,
): Promise<ReaderRequest> {
  const reader = state.definition.ItemReader ?? {};
  const flavour = flavourOf(state.queryLanguage);
  const inputIo: StateIo = { ...io, scope: { ...io.scope, input } };
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
  const settings: ReaderSettings = { action: call.target.action };
  if (isReaderInputType(config["InputType"])) settings.InputType = config["InputType"];
  if (config["CSVHeaderLocation"] === "FIRST_ROW" || config["CSVHeaderLocation"] === "GIVEN") settings.CSVHeaderLocation = config["CSVHeaderLocation"];
  if (Array.isArray(config["CSVHeaders"])) settings.CSVHeaders = config["CSVHeaders"].map(String);
  if (isCsvDelimiter(config["CSVDelimiter"])) settings.CSVDelimiter = config["CSVDelimiter"];
  if (typeof config["ItemsPointer"] === "string") settings.ItemsPointer = config["ItemsPointer"];
  if (maxItems !== undefined) settings.MaxItems = maxItems;
  const taskId = ctx.newId("reader");
  ctx.invokeTask(frame, { taskId, ...call, parameters, stateName: state.name });
  return { taskId, settings };
}

function numberOrText(value: Json | undefined): number | string | undefined {
  return typeof value === "number" || typeof value === "string" ? value : undefined;
}
