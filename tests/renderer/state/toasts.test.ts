import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dismissToast, dismissViewToasts, showToast, useToasts } from '../../../renderer/state/toasts';
import { renderHook } from '@testing-library/react';

const shown = () => renderHook(() => useToasts()).result.current.map((toast) => toast.message);

describe('toasts', () => {
  const ids: number[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    ids.splice(0).forEach(dismissToast);
    vi.useRealTimers();
  });

  it('shows one toast per action: a new one replaces the last', () => {
    ids.push(showToast({ message: 'Maria was saved.' }), showToast({ message: 'Card created for Maria.' }));
    expect(shown()).toEqual(['Card created for Maria.']);
  });

  it('lets an info toast expire and keeps an error until it is dismissed', () => {
    const error = showToast({ kind: 'error', message: 'The card could not be moved.' });
    ids.push(error, showToast({ message: 'Saved.' }));
    expect(shown()).toEqual(['The card could not be moved.', 'Saved.']);
    vi.advanceTimersByTime(60_000);
    expect(shown()).toEqual(['The card could not be moved.']);
    dismissToast(error);
    expect(shown()).toEqual([]);
  });

  it('gives an Undo toast longer than a plain one', () => {
    ids.push(showToast({ message: 'Deleted.', action: { label: 'Undo', run: () => {} } }));
    vi.advanceTimersByTime(5_000);
    expect(shown()).toEqual(['Deleted.']);
    vi.advanceTimersByTime(10_000);
    expect(shown()).toEqual([]);
  });

  it('drops a toast about the screen (an export) when the user moves to another screen', () => {
    ids.push(showToast({ kind: 'error', message: 'Disk full.' }), showToast({ message: 'Saved to /tmp/a.pdf', scope: 'view', duration: 15_000 }));
    dismissViewToasts();
    expect(shown()).toEqual(['Disk full.']);
  });

  it('lets news from another computer stand beside an Undo instead of pushing it aside, and replaces only the previous news', () => {
    ids.push(showToast({ message: 'Deleted.', action: { label: 'Undo', run: () => {} } }));
    ids.push(showToast({ message: '3 changes from Annas-MacBook', background: true }));
    ids.push(showToast({ message: 'One change from Office-PC', background: true }));
    expect(shown()).toEqual(['Deleted.', 'One change from Office-PC']);
    vi.advanceTimersByTime(7_000);
    expect(shown()).toEqual(['Deleted.']);
  });
});
