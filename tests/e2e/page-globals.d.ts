// What the test harnesses add to the page's window, beside the app's own `api`: the
// binding that stands in for Electron's IPC, the push from main, axe-core once injected,
// and the bench's probes. Declared once, so page code reads them without casts.
export {};

declare global {
  interface Window {
    /** Playwright's binding to main's real dispatch (tests/e2e/harness.ts). */
    __rekindleInvoke?: (channel: string, payload: unknown) => Promise<unknown>;
    /** Delivers a push from main to the preload's listeners (tests/e2e/electron-shim.ts). */
    __rekindlePush?: (channel: string, payload: unknown) => void;
    /** axe-core, after tests/e2e/axe.ts injected it. */
    axe?: {
      run(context: Document, options: object): Promise<{
        violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
      }>;
    };
    /** Long tasks the bench's observer saw since it was last read; null where unsupported. */
    __benchLongTasks?: { start: number; duration: number }[] | null;
    /** When the first board card appeared, in ms since navigation; null until then. */
    __benchFirstCard?: number | null;
    /** What the page's Content Security Policy refused, for tests that listen for it. */
    __cspViolations?: string[];
    /** Every label the navigation showed, from the first paint (tests/e2e/lazy-parts.test.ts). */
    __navLabels?: string[];
  }
}
