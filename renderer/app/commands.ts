// Menu commands that depend on the current view ("New" creates whatever the view lists).
import { useEffect, useLayoutEffect, useRef } from 'react';

type CommandName = 'create' | 'find';
const handlers = new Map<CommandName, () => void>();

export function runViewCommand(name: CommandName): void {
  handlers.get(name)?.();
}

/** Registers the current view's handler for a command while the view is mounted. */
export function useViewCommand(name: CommandName, handler: () => void): void {
  const latest = useRef(handler);
  // Updated after each render commits, before any menu command can arrive.
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const run = () => latest.current();
    handlers.set(name, run);
    return () => {
      if (handlers.get(name) === run) handlers.delete(name);
    };
  }, [name]);
}
