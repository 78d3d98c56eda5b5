import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, placeWindow, type DisplayLike, type WindowState } from '../../../main/window-placement';

// A laptop screen with a task bar at the bottom, and a second monitor to its right.
const laptop: DisplayLike = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const monitor: DisplayLike = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };

function saved(x: number, y: number, width = 1200, height = 800, maximized = false): WindowState {
  return { bounds: { x, y, width, height }, maximized };
}

describe('where the window opens', () => {
  it('opens where the user left it when that display is still connected', () => {
    expect(placeWindow(saved(2100, 120), [laptop, monitor], laptop)).toEqual(saved(2100, 120));
  });

  it('centres a window left on an unplugged monitor on the primary display, keeping its size', () => {
    expect(placeWindow(saved(2100, 120), [laptop], laptop)).toEqual(saved(360, 120, 1200, 800));
  });

  it('centres a window that is off every display on the primary one, whichever display that is', () => {
    const placed = placeWindow(saved(-5000, -3000), [laptop, monitor], monitor);
    expect(placed.bounds).toEqual({ x: 1920 + 680, y: 300, width: 1200, height: 800 });
  });

  it('keeps a window that is only partly on a display where it is', () => {
    // Hanging off the bottom right corner, most of it out of sight but its title bar on screen.
    expect(placeWindow(saved(1700, 900), [laptop], laptop)).toEqual(saved(1700, 900));
  });

  it('moves a window of which only a sliver too thin to grab is left on screen', () => {
    const placed = placeWindow(saved(1900, 100), [laptop], laptop);
    expect(placed.bounds).toEqual({ x: 360, y: 120, width: 1200, height: 800 });
  });

  it('shrinks a window larger than the primary display to fit it when it has to move there', () => {
    const small: DisplayLike = { workArea: { x: 0, y: 25, width: 1280, height: 775 } };
    const placed = placeWindow(saved(3000, 0, 2400, 1300), [small], small);
    expect(placed.bounds).toEqual({ x: 0, y: 25, width: 1280, height: 775 });
  });

  it('restores a maximised window maximised, also when it has to move to the primary display', () => {
    expect(placeWindow(saved(100, 80, 1200, 800, true), [laptop], laptop).maximized).toBe(true);
    expect(placeWindow(saved(2100, 80, 1200, 800, true), [laptop], laptop)).toEqual(saved(360, 120, 1200, 800, true));
  });

  it('opens at the default size in the middle of the primary display on a first launch', () => {
    expect(placeWindow(null, [laptop, monitor], laptop)).toEqual({
      bounds: { x: (1920 - DEFAULT_WINDOW_SIZE.width) / 2, y: (1040 - DEFAULT_WINDOW_SIZE.height) / 2, ...DEFAULT_WINDOW_SIZE },
      maximized: false,
    });
  });

  it('never opens smaller than the window allows', () => {
    const placed = placeWindow(saved(50, 50, 300, 200), [laptop], laptop);
    expect(placed.bounds).toEqual({ x: 50, y: 50, ...MIN_WINDOW_SIZE });
  });
});
