// When the store folds its journal into the snapshot, and when the reminders look again: a
// port, so tests drive the timers by hand instead of waiting for them.
export interface StoreTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: StoreTimers = {
  set(run, ms) {
    const handle = setTimeout(run, ms);
    // A pending timer must not keep a process alive; quitting folds the journal anyway.
    handle.unref?.();
    return handle;
  },
  clear(handle) {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};
