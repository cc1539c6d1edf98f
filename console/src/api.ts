/** The console's only ways to reach the emulator: the Step Functions JSON 1.0 API and /console/api/, same origin. */

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Calls one Step Functions operation, as the AWS SDK would, and returns its JSON answer. */
export async function sfn<T = Record<string, unknown>>(operation: string, request: object = {}): Promise<T> {
  const response = await fetch("/", {
    method: "POST",
    headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": `AWSStepFunctions.${operation}` },
    body: JSON.stringify(request),
  });
  return (await answer(response)) as T;
}

/** Reads one of the console's own read-only endpoints. */
export async function consoleApi<T>(endpoint: string, query: Record<string, string>): Promise<T> {
  const response = await fetch(`/console/api/${endpoint}?${new URLSearchParams(query).toString()}`);
  return (await answer(response)) as T;
}

async function answer(response: Response): Promise<unknown> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text === "" ? {} : JSON.parse(text);
  } catch {
    throw new ApiError("BadResponse", `HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
  if (!response.ok) {
    const error = body as { __type?: string; message?: string; Message?: string };
    const code = (error.__type ?? "Error").split("#").pop() ?? "Error";
    throw new ApiError(code, error.message ?? error.Message ?? `HTTP ${response.status}`);
  }
  return body;
}
