/** Completes a task waiting for a callback (`.waitForTaskToken`) from the page: success with JSON output, or failure. */
import { useState } from "preact/hooks";
import { sfn } from "../api";
import { errorText, ErrorMessage } from "../components/common";
import { JsonEditor, jsonProblem } from "../components/json-editor";
import type { PendingTaskToken } from "./use-execution";

export function CallbackPanel({ tokens, onSent }: { tokens: readonly PendingTaskToken[]; onSent: () => void }) {
  if (tokens.length === 0) return null;
  return (
    <section class="panel callbacks" aria-label="Waiting for callbacks">
      <div class="panel-head">
        <h2>Waiting for callbacks</h2>
      </div>
      {tokens.map((token) => (
        <CallbackForm key={token.taskToken} token={token} onSent={onSent} />
      ))}
    </section>
  );
}

function CallbackForm({ token, onSent }: { token: PendingTaskToken; onSent: () => void }) {
  const [output, setOutput] = useState("{}");
  const [problem, setProblem] = useState<string>();
  const [error, setError] = useState("");
  const [cause, setCause] = useState("");
  const [failure, setFailure] = useState<string>();
  const send = async (operation: "SendTaskSuccess" | "SendTaskFailure") => {
    if (operation === "SendTaskSuccess") {
      const invalid = jsonProblem(output);
      setProblem(invalid);
      if (invalid !== undefined) return;
    }
    try {
      const request = operation === "SendTaskSuccess" ? { taskToken: token.taskToken, output } : { taskToken: token.taskToken, error, cause };
      await sfn(operation, request);
      onSent();
    } catch (thrown) {
      setFailure(errorText(thrown));
    }
  };
  return (
    <div class="callback" aria-label={`Callback for ${token.stateName}`} role="group">
      <p>
        <strong>{token.stateName}</strong> waits on <span class="code">{token.resource}</span> (event {token.scheduledEventId}).
      </p>
      <details>
        <summary>Task token</summary>
        <code class="token">{token.taskToken}</code>
      </details>
      <JsonEditor label={`Task output for ${token.stateName}`} value={output} onInput={setOutput} rows={3} problem={problem} />
      <button type="button" class="primary" onClick={() => void send("SendTaskSuccess")}>
        Send task success
      </button>
      <div class="failure-fields">
        <div class="field inline">
          <label for={`error-${token.scheduledEventId}`}>Error</label>
          <input id={`error-${token.scheduledEventId}`} value={error} onInput={(event) => setError(event.currentTarget.value)} />
        </div>
        <div class="field inline">
          <label for={`cause-${token.scheduledEventId}`}>Cause</label>
          <input id={`cause-${token.scheduledEventId}`} value={cause} onInput={(event) => setCause(event.currentTarget.value)} />
        </div>
        <button type="button" onClick={() => void send("SendTaskFailure")}>
          Send task failure
        </button>
      </div>
      <ErrorMessage error={failure} />
    </div>
  );
}
