// Where the main window opens: where the user left it, as long as enough of it is still on
// a display to grab it; otherwise (a monitor unplugged, a resolution changed) centred on the
// primary display. Pure, so every case is tested without Electron or a screen.

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A display as far as placing a window goes: the area not taken by task bars and docks. */
export interface DisplayLike {
  workArea: Rectangle;
}

/** The window's normal (not maximised) bounds and whether it was maximised. */
export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

/** How much of the window must lie on one display to be left where it is: room to grab its title bar. */
export const MIN_VISIBLE = { width: 120, height: 40 } as const;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** True when enough of `bounds` lies on one of the displays to be seen and dragged. */
export function isReachable(bounds: Rectangle, displays: readonly DisplayLike[]): boolean {
  return displays.some(({ workArea }) => {
    const shared = overlap(bounds, workArea);
    return shared.width >= Math.min(MIN_VISIBLE.width, bounds.width) && shared.height >= Math.min(MIN_VISIBLE.height, bounds.height);
  });
}

/** A window of `size` in the middle of the display, shrunk to fit it (never below the minimum size). */
export function centredOn(display: DisplayLike, size: { width: number; height: number }): Rectangle {
  const { workArea } = display;
  const width = Math.max(MIN_WINDOW_SIZE.width, Math.min(size.width, workArea.width));
  const height = Math.max(MIN_WINDOW_SIZE.height, Math.min(size.height, workArea.height));
  return {
    x: workArea.x + Math.round((workArea.width - width) / 2),
    y: workArea.y + Math.round((workArea.height - height) / 2),
    width,
    height,
  };
}

/**
 * The state to open the window in, from the saved one (null on a first launch or after an
 * unreadable file) and the displays connected now. A maximised window stays maximised,
 * on the display its normal bounds are on, or on the primary one.
 */
export function placeWindow(saved: WindowState | null, displays: readonly DisplayLike[], primary: DisplayLike): WindowState {
  if (!saved) return { bounds: centredOn(primary, DEFAULT_WINDOW_SIZE), maximized: false };
  const size = {
    width: Math.max(MIN_WINDOW_SIZE.width, saved.bounds.width),
    height: Math.max(MIN_WINDOW_SIZE.height, saved.bounds.height),
  };
  const bounds = { ...saved.bounds, ...size };
  if (isReachable(bounds, displays)) return { bounds, maximized: saved.maximized };
  return { bounds: centredOn(primary, size), maximized: saved.maximized };
}
