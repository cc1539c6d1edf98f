/**
 * Where an expression sits, so a failure can name it as AWS does:
 * "An error occurred while executing the state 'S' (entered at the event id #2). The JSONata
 * expression '...' specified for the field 'Output/result' ...".
 */
export interface JsonataSite {
  /** The state's name; also the `state` of the EvaluationFailed event. */
  stateName: string;
  /** The id of the state's `...StateEntered` event. */
  enteredEventId: number;
  /**
   * The field relative to the state, as AWS writes it in the cause and in EvaluationFailed's
   * `location`: `Output`, `Items`, `Timestamp`, `Choices[0]/Condition`, `Catch[1]/Output`.
   * Template helpers extend it with `/key` per object key and `[i]` per array index.
   */
  field: string;
}

/** The field path of an object member inside a template. */
export function fieldOfKey(field: string, key: string): string {
  return `${field}/${key}`;
}

/** The field path of an array element inside a template. */
export function fieldOfIndex(field: string, index: number): string {
  return `${field}[${index}]`;
}
