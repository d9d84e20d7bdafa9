// "This resource changed": fired by every write (attach, publish, grant…), heard by the explorer (refresh the
// node) and by open panels (re-read and re-render). No vscode.

export type ResourceChange =
  | { kind: 'function'; name: string; arn?: string }
  | { kind: 'layer'; name: string; arn?: string }
  /** `aspect: 'policy'` when only who may use the version changed (grant, revoke). */
  | { kind: 'layerVersion'; name: string; version: number; arn?: string; aspect?: 'policy' };

export type ResourceChangeListener = (change: ResourceChange) => void;

export class ResourceChanges {
  private readonly listeners = new Set<ResourceChangeListener>();

  fire(change: ResourceChange): void {
    for (const l of [...this.listeners]) {
      try {
        l(change);
      } catch {
        // A listener's failure must not stop the others or the write that fired the event.
      }
    }
  }

  /** Returns an unsubscribe function. */
  on(listener: ResourceChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
