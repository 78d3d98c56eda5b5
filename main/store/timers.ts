// When the store folds its journal into the snapshot: a port, so tests drive the idle
// timer by hand instead of waiting for it.
export interface StoreTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: StoreTimers = {
  set(run, ms) {
    const handle = setTimeout(run, ms);
    // A pending compaction must not keep a process alive; quitting runs it anyway.
    handle.unref?.();
    return handle;
  },
  clear(handle) {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};
