import { expect, test, type Locator, type Page } from '@playwright/test';
import { nodeOf } from './content';

/** Presses Tab until `target` has focus; fails if it takes more than `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('keyboard only: header search to a result, then a checklist with a note and a reset', async ({ page }) => {
  await page.goto('/prosess/fag-temaplan-bolig/');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hopp til hovedinnholdet' })).toBeFocused();
  const field = page.getByRole('searchbox', { name: 'Søk i veiviseren' });
  await tabTo(page, field, 12);
  await page.keyboard.type('idedugnad');
  const result = page.locator('#header-search-panel').getByRole('link', { name: 'Utarbeide mål' });
  await expect(result).toBeVisible();
  const results = page.locator('#header-search-panel').getByRole('listitem').getByRole('link');
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  for (let step = 0; step < 6 && !(await result.evaluate((link) => link === document.activeElement)); step += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(result).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Utarbeide mål');

  const box = page.getByRole('checkbox', { name: /Prosjektgruppe og prosjektleder har utarbeidet forslag til mål/ });
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(page.getByText(`1 av ${nodeOf('utarbeide-mal').checklist.length} punkter er ferdige`)).toBeVisible();

  const entry = page.getByRole('listitem').filter({ has: box });
  await page.keyboard.press('Tab');
  await tabTo(page, entry.getByText('Notat', { exact: true }), 4);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const note = entry.getByRole('textbox', { name: /Notat til punktet/ });
  await expect(note).toBeFocused();
  await page.keyboard.type('Utkast sendt styringsgruppen');
  await page.keyboard.press('Tab');

  const reset = page.getByRole('button', { name: 'Nullstill fasen' });
  await tabTo(page, reset);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Nullstille?' });
  await expect(dialog).toBeVisible();
  // The dialog starts on the safe choice.
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();

  await page.reload();
  await expect(box).toBeChecked();
  await expect(note).toHaveValue('Utkast sendt styringsgruppen');
});
