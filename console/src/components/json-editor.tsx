/** A JSON text area that says what is wrong with its text before anything is sent. */

export function jsonProblem(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export function JsonEditor({ label, value, onInput, rows = 6, problem }: { label: string; value: string; onInput: (text: string) => void; rows?: number; problem: string | undefined }) {
  const id = `editor-${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        class="code"
        rows={rows}
        spellcheck={false}
        value={value}
        aria-invalid={problem !== undefined}
        aria-describedby={problem === undefined ? undefined : `${id}-problem`}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {problem !== undefined && (
        <p id={`${id}-problem`} class="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
