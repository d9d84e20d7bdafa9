// "This resource changed": fired by every write (attach, publish, grant…), heard by the explorer (refresh the
// node) and by open panels (re-read and re-render). No vscode.

export type ResourceChange =
  | { kind: 'function'; name: string; arn?: string }
  /** Many functions at once (a bulk update): cheaper to list again than to re-read each. */
  | { kind: 'functions'; names: string[] }
  | { kind: 'layer'; name: string; arn?: string }
  /** `aspect: 'policy'` when only who may use the version changed (grant, revoke). */
  | { kind: 'layerVersion'; name: string; version: number; arn?: string; aspect?: 'policy' };

/** A listener may return a promise: fire() resolves when every listener has finished. */
export type ResourceChangeListener = (change: ResourceChange) => void | Promise<void>;

export class ResourceChanges {
  private readonly listeners = new Set<ResourceChangeListener>();

  /**
   * Tells every listener; resolves when all have finished (the tree shows the change), so a write can await it
   * before revealing what it made. A listener's failure never fails the write that fired the event.
   */
  async fire(change: ResourceChange): Promise<void> {
    await Promise.allSettled([...this.listeners].map(async (l) => l(change)));
  }

  /** Returns an unsubscribe function. */
  on(listener: ResourceChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
