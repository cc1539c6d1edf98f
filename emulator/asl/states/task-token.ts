/** Where a task token leads: the execution, the frame and the task waiting on it. */
export interface TaskTokenTarget {
  executionArn: string;
  frameId: string;
  taskId: string;
}

/**
 * Task tokens carry their own address, so they survive a restart with no registry to rebuild;
 * AWS's are opaque too, and clients only echo them back.
 */
export function encodeTaskToken(executionArn: string, frameId: string, taskId: string): string {
  return Buffer.from(JSON.stringify([executionArn, frameId, taskId]), "utf8").toString("base64url");
}

export function decodeTaskToken(token: string): TaskTokenTarget | undefined {
  try {
    const parts: unknown = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((part) => typeof part === "string")) return undefined;
    const [executionArn, frameId, taskId] = parts as [string, string, string];
    return { executionArn, frameId, taskId };
  } catch {
    return undefined;
  }
}
