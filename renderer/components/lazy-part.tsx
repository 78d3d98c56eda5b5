// Parts of the window that launch does not need (dialogs, the other screens) come in their
// own chunks, fetched the first time they show or earlier when warmed.
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

export interface Preloadable {
  /** Fetches the chunk now, so the first open is as quick as any later one. */
  preload(): Promise<void>;
}

export interface LazyPart<P> extends Preloadable {
  (props: P): ReactNode;
}

/**
 * A component whose code loads on first use: nothing shows until it has arrived, then it
 * mounts as if it had always been there (a dialog focuses its first field on mount).
 *
 * Not React.lazy: a boundary that has shown its fallback holds back the real content for
 * up to 300 ms (React throttles retries), which a dialog opened by a key would show as lag.
 * A component already fetched renders at once, with no fallback frame at all.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetch = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A later open tries again rather than keep a failed fetch.
        pending = null;
        throw error;
      },
    );
    return pending;
  };

  function Part(props: P) {
    // Chosen once per mount: swapping the component under a mounted part would reset it.
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      fetch().then(
        (component) => live && setComponent(() => component),
        (error: unknown) => console.error('A part of the window could not be loaded', error),
      );
      return () => {
        live = false;
      };
    }, [Component]);
    return Component ? <Component {...props} /> : null;
  }
  Part.preload = () => fetch().then(() => undefined);
  return Part;
}

/**
 * Fetches parts one at a time while the window is idle, so none of them delays what the
 * user does next and the first open of each is instant.
 */
export function warmWhenIdle(parts: readonly Preloadable[]): () => void {
  let cancelled = false;
  let handle: number | null = null;
  const next = (index: number) => {
    const part = parts[index];
    if (cancelled || !part) return;
    handle = requestIdleCallback(() => void part.preload().then(() => next(index + 1), () => next(index + 1)), { timeout: 5_000 });
  };
  next(0);
  return () => {
    cancelled = true;
    if (handle !== null) cancelIdleCallback(handle);
  };
}
