// Typing into and reading the app's date fields as a user does: segment by segment, in the
// order the window's language writes dates (mm/dd/yyyy in English, dd.mm.yyyy in German).
import type { Locator } from 'playwright-core';

/** The field's visible text, without the bidi marks Intl puts around segments. */
export async function shownText(field: Locator): Promise<string> {
  const text = await field.textContent();
  return (text ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s/g, ' ').trim();
}

/** Types an ISO date ("2024-05-14") into a date field group; segments advance by themselves. */
export async function typeDate(field: Locator, iso: string, language: 'en' | 'de' = 'en'): Promise<void> {
  const [year, month, day] = iso.split('-');
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(language === 'de' ? `${day}${month}${year}` : `${month}${day}${year}`);
}
