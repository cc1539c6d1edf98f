/** A Distributed Map's map run: its status and item counts, from DescribeMapRun. */
import { sfn } from "../api";
import { ErrorMessage, StatusBadge, useLoad } from "../components/common";
import { href } from "../route";

interface MapRun {
  mapRunArn: string;
  status: string;
  maxConcurrency: number;
  itemCounts: Record<string, number>;
}

const COUNTS = ["total", "pending", "running", "succeeded", "failed", "timedOut", "aborted"] as const;

export function MapRunSummary({ mapRunArn, refreshKey }: { mapRunArn: string; refreshKey: string }) {
  const run = useLoad(() => sfn<MapRun>("DescribeMapRun", { mapRunArn }), `${mapRunArn}|${refreshKey}`);
  // A Distributed Map's iterations are child executions, listed by their map run.
  const children = useLoad(
    () => sfn<{ executions: { executionArn: string; name: string; status: string }[] }>("ListExecutions", { mapRunArn, maxResults: 100 }),
    `${mapRunArn}|${refreshKey}`,
  );
  return (
    <div class="map-run">
      <h4>Map run</h4>
      <ErrorMessage error={run.error} />
      <p class="code">{mapRunArn}</p>
      {run.data !== undefined && (
        <p>
          <StatusBadge status={run.data.status} /> max concurrency {run.data.maxConcurrency || "unlimited"} ·{" "}
          {COUNTS.map((key) => `${key} ${run.data?.itemCounts[key] ?? 0}`).join(" · ")}
        </p>
      )}
      {children.data !== undefined && children.data.executions.length > 0 && (
        <ul class="plain">
          {children.data.executions.map((child) => (
            <li key={child.executionArn}>
              <a href={href({ page: "execution", arn: child.executionArn })}>{child.name}</a> <StatusBadge status={child.status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
