/**
 * The cache of compiled JSONata expressions, each with AWS's functions and the evaluation budget's hooks
 * installed, and the syntax check definition validation runs on it.
 */
import type jsonata from "jsonata";
import { evaluationContextOf, findEvaluationContext } from "./evaluation-context";
import { jsonataLibrary, type JsonataOptions } from "./jsonata-library";
import { AWS_JSONATA_FUNCTIONS } from "./functions/aws-functions";
import type { FunctionCall } from "./functions/aws-jsonata-function";
import { LinearRegExp } from "../linear-regex";

// Regexes run on the linear-time engine, so no pattern can freeze the server.
const JSONATA_OPTIONS: JsonataOptions = { RegexEngine: LinearRegExp };

/** A parsed expression, or the parser's error. */
export type CompileResult =
  | { ok: true; expression: jsonata.Expression }
  | { ok: false; code: string; message: string };

/** Enough for every distinct expression of many state machines; a hot loop hits the same few. */
const CAPACITY = 2000;

const cache = new Map<string, CompileResult>();

interface JsonataFunctionObject {
  implementation: (...args: unknown[]) => unknown;
}

/**
 * Parses an expression once and keeps it (least recently used goes first). AWS's functions are
 * registered on each compiled expression; they read the evaluation's scope from its bindings,
 * so one compiled expression serves concurrent evaluations.
 */
export function compileJsonata(text: string): CompileResult {
  const cached = cache.get(text);
  if (cached !== undefined) {
    cache.delete(text);
    cache.set(text, cached);
    return cached;
  }
  const result = compile(text);
  cache.set(text, result);
  if (cache.size > CAPACITY) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  return result;
}

function compile(text: string): CompileResult {
  let expression: jsonata.Expression;
  try {
    expression = jsonataLibrary()(text, JSONATA_OPTIONS);
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return { ok: false, code: String(code ?? ""), message: String(message ?? error) };
  }
  addBudgetHooks(expression);
  for (const fn of AWS_JSONATA_FUNCTIONS) {
    expression.registerFunction(
      fn.name,
      function (this: jsonata.Focus, ...args: unknown[]) {
        const focus = this;
        const call: FunctionCall = {
          context: evaluationContextOf(focus),
          callBuiltin(name, ...builtinArgs) {
            const builtin = focus.environment.lookup(name) as JsonataFunctionObject;
            return builtin.implementation.apply(focus, builtinArgs);
          },
        };
        return fn.implementation(call, ...args);
      },
      fn.signature,
    );
  }
  return { ok: true, expression };
}

interface HookEnvironment {
  lookup(name: string): unknown;
}

/**
 * Installs jsonata's `__evaluate_entry`/`__evaluate_exit` hooks (see ./evaluation-budget). They
 * live on the shared compiled expression and find each evaluation's budget in its bindings.
 */
function addBudgetHooks(expression: jsonata.Expression): void {
  // jsonata's typings name bindings by string, but it looks its hooks up by these symbols.
  const bind = (name: symbol, hook: unknown): void => void Reflect.apply(expression.assign, expression, [name, hook]);
  bind(Symbol.for("jsonata.__evaluate_entry"), (_node: unknown, _input: unknown, environment: HookEnvironment) =>
    findEvaluationContext(environment)?.budget.enter(),
  );
  bind(Symbol.for("jsonata.__evaluate_exit"), (_node: unknown, _input: unknown, environment: HookEnvironment) => {
    findEvaluationContext(environment)?.budget.exit();
  });
}

/**
 * The syntax check for definition validation: the parser's message without its code (AWS writes
 * `INVALID_JSONATA_EXPRESSION: Unexpected end of expression at /States/S/Output`), else undefined.
 * `expression` is the text between `{%` and `%}`.
 */
export function checkJsonataSyntax(expression: string): string | undefined {
  const result = compileJsonata(expression.trim());
  return result.ok ? undefined : result.message;
}
