/** Starts an execution of a state machine with a name and a JSON input checked before it is sent. */
import { useState } from "preact/hooks";
import { sfn } from "../api";
import { errorText, ErrorMessage } from "../components/common";
import { JsonEditor, jsonProblem } from "../components/json-editor";
import { navigate } from "../route";

export function StartExecutionForm({ stateMachineArn }: { stateMachineArn: string }) {
  const [input, setInput] = useState('{\n  "Comment": "Insert your JSON here"\n}');
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const start = async (event: Event) => {
    event.preventDefault();
    const invalid = jsonProblem(input);
    setProblem(invalid);
    if (invalid !== undefined) return;
    setBusy(true);
    setError(undefined);
    try {
      const request: Record<string, string> = { stateMachineArn, input };
      if (name.trim() !== "") request.name = name.trim();
      const started = await sfn<{ executionArn: string }>("StartExecution", request);
      navigate({ page: "execution", arn: started.executionArn });
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="start-form" onSubmit={start} aria-label="Start execution">
      <div class="field">
        <label for="execution-name">Name (optional)</label>
        <input id="execution-name" value={name} onInput={(event) => setName(event.currentTarget.value)} placeholder="a generated id" />
      </div>
      <JsonEditor label="Execution input" value={input} onInput={(text) => { setInput(text); if (problem !== undefined) setProblem(jsonProblem(text)); }} problem={problem} />
      <ErrorMessage error={error} />
      <button type="submit" class="primary" disabled={busy}>
        Start execution
      </button>
    </form>
  );
}
