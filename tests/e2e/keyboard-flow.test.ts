// The whole first run by keyboard alone, from an empty app to the note prompts, counting
// every key that is not text typed into a field. A user who cannot or will not use a mouse
// should get there in fewer than 80.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, makeDataDir, openApp, removeDataDir, type OpenedApp } from './harness';

const NOW = new Date('2026-11-28T09:30:00+01:00');

/** What has the keyboard: its role-ish tag and visible or accessible name. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'body';
    const label = element.getAttribute('aria-label') ?? (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null);
    return `${element.tagName.toLowerCase()}:${(label ?? element.textContent ?? '').trim().slice(0, 60)}`;
  });
}

class Keyboard {
  presses = 0;
  constructor(
    private readonly app: OpenedApp,
    private readonly trail: string[],
  ) {}

  async press(key: string, times = 1): Promise<void> {
    for (let index = 0; index < times; index += 1) {
      await this.app.page.keyboard.press(key);
      this.presses += 1;
    }
    this.trail.push(`${key}×${times} → ${await focused(this.app.page)}`);
  }

  /** Tabs forward until the focused control's description matches; fails after `limit`. */
  async tabTo(pattern: RegExp, limit = 30): Promise<void> {
    for (let index = 0; index < limit; index += 1) {
      if (pattern.test(await focused(this.app.page))) return;
      await this.press('Tab');
    }
    throw new Error(`No ${pattern} within ${limit} Tab presses: ${this.trail.join(' | ')}`);
  }

  /** Shift+Tabs back until the focused control's description matches. */
  async tabBackTo(pattern: RegExp, limit = 30): Promise<void> {
    for (let index = 0; index < limit; index += 1) {
      if (pattern.test(await focused(this.app.page))) return;
      await this.press('Shift+Tab');
    }
    throw new Error(`No ${pattern} within ${limit} Shift+Tab presses: ${this.trail.join(' | ')}`);
  }

  /** A menu accelerator (Ctrl/Cmd+N): one chord, delivered as the native menu would. */
  async menu(command: Parameters<OpenedApp['sendCommand']>[0]): Promise<void> {
    await this.app.sendCommand(command);
    this.presses += 1;
  }

  /** Text typed into a field is not counted: every flow needs the same names. */
  async type(text: string): Promise<void> {
    await this.app.page.keyboard.type(text);
  }

  async expectFocus(pattern: RegExp): Promise<void> {
    await expect.poll(() => focused(this.app.page), { message: this.trail.join(' | ') }).toMatch(pattern);
  }
}

describe('the keyboard alone', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeDataDir();
  });
  afterEach(() => removeDataDir(dataDir));
  afterAll(closeBrowser);

  it('takes a new user from an empty app to the note prompts in fewer than 80 keys', async () => {
    const app = await openApp({ dataDir, now: NOW, viewport: { width: 1024, height: 700 } });
    const { page } = app;
    const trail: string[] = [];
    const keys = new Keyboard(app, trail);
    await page.getByRole('heading', { name: 'Board' }).waitFor();

    // The first person: Ctrl/Cmd+N on the empty board opens the person form, Name focused.
    await keys.menu({ type: 'create' });
    await page.getByRole('dialog', { name: 'New person' }).waitFor();
    await keys.expectFocus(/^input:Name/);
    await keys.type('Maria Schäfer');
    await keys.press('Enter');
    await page.getByRole('dialog', { name: 'Edit Maria Schäfer' }).waitFor();
    await keys.expectFocus(/^select:Ask for a reference/);
    await keys.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    // The board now asks for an application, and its button has the focus.
    await keys.expectFocus(/^button:Add an application/);
    await keys.press('Enter');
    await page.getByRole('dialog', { name: 'New application' }).waitFor();
    await keys.expectFocus(/^input:Company/);
    await keys.type('Northwind');
    await keys.press('Tab');
    await keys.type('Designer');
    await keys.press('Enter');
    await page.getByRole('dialog', { name: 'Northwind · Designer' }).waitFor();
    await keys.expectFocus(/^select:Add a reference/);
    await keys.press('ArrowDown');
    await keys.press('Tab');
    await keys.press('Enter');
    await keys.expectFocus(/^li:.*Maria Schäfer/);
    await keys.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    // Focus lands on the new card; Enter opens it.
    await keys.expectFocus(/^button:.*Maria Schäfer/);
    await keys.press('Enter');
    const detail = page.getByRole('dialog', { name: 'Maria Schäfer' });
    await detail.waitFor();
    await keys.tabTo(/^button:Write a message/);
    await keys.press('Enter');
    const composer = page.getByRole('dialog', { name: /Message to Maria/ });
    await composer.waitFor();
    await keys.tabTo(/^button:Mark as sent/);
    await keys.press('Enter');
    await composer.waitFor({ state: 'hidden' });

    // Back in the detail: the answer comes next.
    await keys.tabTo(/^button:They agreed/);
    await keys.press('Enter');
    await detail.getByText('Prep', { exact: true }).first().waitFor();
    await keys.expectFocus(/^(input|button|select)/);

    // The outcome moves the card to thank-you, where the note prompts wait.
    await keys.tabTo(/^button:Got an offer/);
    await keys.press('Enter');
    await detail.getByText('Thank-you', { exact: true }).first().waitFor();
    await keys.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    await keys.expectFocus(/^button:.*Maria Schäfer/);

    // The board's header offers the note prompts once a card waits for its thank-you.
    await keys.tabBackTo(/^button:Note prompts/);
    await keys.press('Enter');
    const prompts = page.getByRole('dialog', { name: 'Prompts for handwritten notes' });
    await prompts.waitFor();
    await keys.tabTo(/^button:Print/);
    await keys.press('Enter');
    await expect.poll(() => app.openedPaths.length).toBe(1);
    expect(app.openedPaths[0]).toMatch(/\.pdf$/);

    expect(keys.presses, trail.join('\n')).toBeLessThan(80);
    await app.close();
  });
});
