/**
 * A step's copy-on-write view of the snapshot's frames and values: the first time the step takes
 * a frame to work on, it gets a copy, so the snapshot stays as it was until the step is committed.
 */
import type { Json } from "../../shared/json";
import type { ExecutionSnapshot } from "./execution-snapshot";
import type { Frame } from "./frame";
import type { ChangedFrame, FrameValueChange } from "./step-result";

export class FrameTree {
  private readonly copies = new Map<string, Frame>();
  private readonly removed = new Set<string>();
  private readonly clearedValues = new Set<string>();
  private readonly valueChanges = new Map<string, Map<string, Json>>();

  constructor(private readonly snapshot: ExecutionSnapshot) {}

  /** The frame to change in this step (the step's own copy), or undefined when it has ended. */
  get(id: string): Frame | undefined {
    if (this.removed.has(id)) return undefined;
    const copy = this.copies.get(id);
    if (copy) return copy;
    const original = this.snapshot.frames.get(id);
    if (!original) return undefined;
    const fresh = copyFrame(original);
    this.copies.set(id, fresh);
    return fresh;
  }

  /** The frame as it stands, for reading only. */
  peek(id: string): Frame | undefined {
    if (this.removed.has(id)) return undefined;
    return this.copies.get(id) ?? this.snapshot.frames.get(id);
  }

  has(id: string): boolean {
    return this.peek(id) !== undefined;
  }

  /** Ids of every frame still alive, in creation order. */
  ids(): string[] {
    const ids: string[] = [];
    for (const id of this.snapshot.frames.keys()) if (!this.removed.has(id)) ids.push(id);
    for (const id of this.copies.keys()) if (!this.snapshot.frames.has(id)) ids.push(id);
    return ids;
  }

  /** The ids of every live frame's children, by parent id, in one pass over the tree. */
  childrenByParent(): Map<string, string[]> {
    const byParent = new Map<string, string[]>();
    for (const id of this.ids()) {
      const parentId = this.peek(id)?.parentId;
      if (parentId === null || parentId === undefined) continue;
      const siblings = byParent.get(parentId);
      if (siblings === undefined) byParent.set(parentId, [id]);
      else siblings.push(id);
    }
    return byParent;
  }

  add(frame: Frame): void {
    this.removed.delete(frame.id);
    this.copies.set(frame.id, frame);
  }

  remove(id: string): void {
    this.copies.delete(id);
    this.valueChanges.delete(id);
    this.clearedValues.delete(id);
    if (this.snapshot.frames.has(id)) this.removed.add(id);
  }

  value(frameId: string, key: string): Json | undefined {
    const changed = this.valueChanges.get(frameId)?.get(key);
    if (changed !== undefined || this.clearedValues.has(frameId)) return changed;
    return this.snapshot.values.get(frameId)?.get(key);
  }

  setValue(frameId: string, key: string, value: Json): void {
    let changes = this.valueChanges.get(frameId);
    if (changes === undefined) {
      changes = new Map();
      this.valueChanges.set(frameId, changes);
    }
    changes.set(key, value);
  }

  /** Drops every value of the frame (its state is entered again and starts afresh). */
  clearValues(frameId: string): void {
    this.valueChanges.delete(frameId);
    if (this.snapshot.values.has(frameId)) this.clearedValues.add(frameId);
  }

  changedFrames(): ChangedFrame[] {
    const changed: ChangedFrame[] = [];
    for (const frame of this.copies.values()) {
      const original = this.snapshot.frames.get(frame.id);
      const inputChanged = original === undefined || original.input !== frame.input || original.inputText !== frame.inputText;
      changed.push({ frame, inputChanged });
    }
    return changed;
  }

  removedIds(): string[] {
    return [...this.removed];
  }

  clearedValueIds(): string[] {
    return [...this.clearedValues];
  }

  changedValues(): FrameValueChange[] {
    const changes: FrameValueChange[] = [];
    for (const [frameId, values] of this.valueChanges) {
      for (const [key, value] of values) changes.push({ frameId, key, value });
    }
    return changes;
  }
}

/**
 * A frame's copy for one step: its own containers are new, its JSON values are shared, since the
 * interpreter replaces values and never edits them. A state's progress is small (large per-item
 * data lives in frame values), so it is copied whole.
 */
export function copyFrame(frame: Frame): Frame {
  return {
    ...frame,
    timers: { ...frame.timers },
    retryAttempts: [...frame.retryAttempts],
    progress: frame.progress === null ? null : structuredClone(frame.progress),
  };
}
