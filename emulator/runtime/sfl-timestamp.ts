/** Step Functions Local's log timestamp, `2019-01-29 15:38:06.326`, in the process's local time as its Java logger writes it. */
export function sflTimestamp(at: Date): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, "0");
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${date} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}.${pad(at.getMilliseconds(), 3)}`;
}

/** The line Step Functions Local prints once it listens; Testcontainers suites wait for it. */
export function sflStartLine(at: Date, port: number, account: string, region: string): string {
  return `${sflTimestamp(at)}: Starting server on port ${port} with account ${account}, region ${region}\n`;
}
