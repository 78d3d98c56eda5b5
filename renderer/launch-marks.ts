// Marks on the window's performance timeline for each step of launch, once per page load,
// so a profile (or the bench) shows where the time to the first card goes: the script run,
// main's answer to app:load, and the first render of the frame with the user's data.
export const LAUNCH_MARKS = {
  scriptRun: 'rekindle:script-run',
  loaded: 'rekindle:loaded',
  firstRender: 'rekindle:first-render',
} as const;

export type LaunchMark = (typeof LAUNCH_MARKS)[keyof typeof LAUNCH_MARKS];

export function markLaunch(name: LaunchMark): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
