/** Activities and the tasks waiting in each for a worker to call GetActivityTask. */
import { consoleApi, sfn } from "../api";
import { ErrorMessage, formatDate, Loading, Section, useLoad } from "../components/common";
import { prettyJson } from "../json";
import { href } from "../route";

interface ActivityRow {
  activityArn: string;
  name: string;
  creationDate: number;
  tasks: { taskToken: string; input: string; executionArn: string }[];
}

async function loadActivities(): Promise<ActivityRow[]> {
  const activities: Omit<ActivityRow, "tasks">[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sfn<{ activities: typeof activities; nextToken?: string }>("ListActivities", nextToken ? { maxResults: 1000, nextToken } : { maxResults: 1000 });
    activities.push(...page.activities);
    nextToken = page.nextToken;
  } while (nextToken);
  return Promise.all(activities.map(async (activity) => ({ ...activity, ...(await consoleApi<{ tasks: ActivityRow["tasks"] }>("activity-tasks", { activityArn: activity.activityArn })) })));
}

export function ActivitiesPage() {
  const activities = useLoad(loadActivities, "activities");
  return (
    <Section
      title="Activities"
      actions={
        <button type="button" onClick={activities.reload}>
          Refresh
        </button>
      }
    >
      <ErrorMessage error={activities.error} />
      {activities.data === undefined && activities.error === undefined && <Loading what="activities" />}
      {activities.data?.length === 0 && <p class="muted">No activities yet.</p>}
      {activities.data?.map((activity) => (
        <article key={activity.activityArn} class="activity" aria-label={`Activity ${activity.name}`}>
          <h3>{activity.name}</h3>
          <p class="muted">
            Created {formatDate(activity.creationDate)} · <span class="code">{activity.activityArn}</span>
          </p>
          {activity.tasks.length === 0 ? (
            <p>No task waiting for a worker.</p>
          ) : (
            <>
              <p>
                {activity.tasks.length} task{activity.tasks.length === 1 ? "" : "s"} waiting for a worker:
              </p>
              <ul class="plain">
                {activity.tasks.map((task) => (
                  <li key={task.taskToken}>
                    {task.executionArn !== "" && (
                      <p>
                        From <a href={href({ page: "execution", arn: task.executionArn })}>{task.executionArn.split(":").pop()}</a>
                      </p>
                    )}
                    <pre tabIndex={0} aria-label="Activity task input">
                      {prettyJson(task.input)}
                    </pre>
                  </li>
                ))}
              </ul>
            </>
          )}
        </article>
      ))}
    </Section>
  );
}
