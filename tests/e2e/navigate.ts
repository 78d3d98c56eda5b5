// Moves to a screen as the menu does, once the window is ready to hear it, and waits until
// that screen is the current one: a command sent while the app still loads would be lost.
import type { View } from '../../shared/ipc/channels';
import type { OpenedApp } from './harness';

export async function navigateTo(app: OpenedApp, view: View): Promise<void> {
  await app.page.getByRole('navigation').waitFor();
  await app.sendCommand({ type: 'navigate', view });
  await app.page.locator(`nav button[data-view="${view}"][aria-current="page"]`).waitFor();
}
