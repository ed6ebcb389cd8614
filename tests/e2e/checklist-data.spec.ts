/**
 * A reader's ticks are never lost: not when two tabs write at the same moment, not by an
 * undo after another tab's edit, not by unreadable or full storage; and the site's own files
 * come back in (or are named for what they are).
 */
import { expect, test, type Page } from '@playwright/test';
import { nodeOf } from './content';

const PHASE_ID = 'utarbeide-mal';
const PHASE = `/prosess/${PHASE_ID}/`;
const STORAGE_KEY = 'boligveiviser.sjekkliste';
const SET_ASIDE_KEY = 'boligveiviser.sjekkliste.ulest';
const [firstItem, secondItem] = nodeOf(PHASE_ID).checklist;
const box = (page: Page, id: string) => page.locator(`#boks-${id}`);

type Stored = { items: Record<string, { checked: boolean; note?: string }> };
const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"items":{}}') as Stored, STORAGE_KEY);

/** Clicks an item's box at a given instant of the shared clock, plus `delay` ms. */
const clickAt = (page: Page, id: string, at: number, delay: number) =>
  page.evaluate(
    ([id, at, delay]) =>
      new Promise<void>((resolve) =>
        setTimeout(
          () => {
            document.getElementById(`boks-${id}`)!.click();
            resolve();
          },
          at + delay - Date.now(),
        ),
      ),
    [id, at, delay] as const,
  );

test('two tabs ticking different items 0-10 ms apart both keep their tick, round after round', async ({ context }) => {
  test.slow();
  const [left, right] = [await context.newPage(), await context.newPage()];
  await left.goto(PHASE);
  await right.goto(PHASE);
  await expect(box(left, firstItem!.id)).toBeVisible();
  await expect(box(right, secondItem!.id)).toBeVisible();
  const expected: Record<string, boolean> = {};
  for (let round = 0; round < 24; round += 1) {
    const at = await left.evaluate(() => Date.now() + 150);
    await Promise.all([clickAt(left, firstItem!.id, at, 0), clickAt(right, secondItem!.id, at, round % 11)]);
    expected[firstItem!.id] = !expected[firstItem!.id];
    expected[secondItem!.id] = !expected[secondItem!.id];
    await expect
      .poll(
        async () => {
          const { items } = await stored(left);
          return [items[firstItem!.id]?.checked ?? false, items[secondItem!.id]?.checked ?? false];
        },
        { message: `round ${round}` },
      )
      .toEqual([expected[firstItem!.id], expected[secondItem!.id]]);
  }
  for (const page of [left, right]) {
    await expect(box(page, firstItem!.id)).toBeChecked({ checked: expected[firstItem!.id]! });
    await expect(box(page, secondItem!.id)).toBeChecked({ checked: expected[secondItem!.id]! });
  }
});

test('undo after a reset keeps what another tab changed since, and says so', async ({ context }) => {
  const [here, there] = [await context.newPage(), await context.newPage()];
  await here.goto(PHASE);
  await box(here, firstItem!.id).check();
  await box(here, secondItem!.id).check();
  await there.goto(PHASE);
  await here.getByRole('button', { name: 'Nullstill fasen' }).click();
  await here.getByRole('dialog', { name: 'Nullstille?' }).getByRole('button', { name: 'Nullstill' }).click();
  await expect(box(there, firstItem!.id)).not.toBeChecked();
  // In the other tab, the reader ticks the first item again, then unticks it: a change after the reset.
  await box(there, firstItem!.id).check();
  await expect(box(here, firstItem!.id)).toBeChecked();
  await box(there, firstItem!.id).uncheck();
  await expect(box(here, firstItem!.id)).not.toBeChecked();
  await here.getByRole('button', { name: 'Angre' }).click();
  await expect(
    here.getByRole('status').filter({ hasText: 'unntatt 1 punkt som er endret i en annen fane' }),
  ).toBeVisible();
  await expect(box(here, secondItem!.id)).toBeChecked();
  await expect(box(here, firstItem!.id)).not.toBeChecked();
  await expect(box(there, firstItem!.id)).not.toBeChecked();
  await expect(box(there, secondItem!.id)).toBeChecked();
});

test('unreadable data and full storage: the notice says ticks are not saved, and the data is still there', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, '{"format":"boligveiviser-sjekk'), STORAGE_KEY);
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(PHASE);
  const notice = page.getByRole('status').filter({ hasText: 'lagringsplassen i nettleseren er full' });
  await expect(notice).toContainText('avkryssinger og endringer du gjør nå, forsvinner');
  await expect(page.getByText('lagres som vanlig')).toHaveCount(0);
  await box(page, firstItem!.id).check();
  await expect(box(page, firstItem!.id)).toBeChecked();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe('{"format":"boligveiviser-sjekk');
});

test('the print view says when saved progress cannot be read, and the data is set aside only once', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, 'ikke json'), STORAGE_KEY);
  for (let visit = 0; visit < 3; visit += 1) {
    await page.goto(`/min-fremdrift/utskrift/?fase=${PHASE_ID}`);
    await expect(page.getByRole('status').filter({ hasText: 'Lagret fremdrift kunne ikke leses' })).toBeVisible();
  }
  const setAside = await page.evaluate(
    (prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)),
    SET_ASIDE_KEY,
  );
  expect(setAside).toEqual([SET_ASIDE_KEY]);
});

test('the status regions are in the accessibility tree before their first message', async ({ page }) => {
  await page.goto(PHASE);
  await expect(page.locator('[data-store-notice]')).toBeAttached();
  expect(await page.locator('[data-store-notice]').evaluate((element) => getComputedStyle(element).display)).not.toBe(
    'none',
  );
  await page.goto('/min-fremdrift/');
  for (const selector of ['[data-transfer-message]', '[data-reset-all-undo]', '[data-store-notice]']) {
    const region = page.locator(selector).first();
    await expect(region, selector).toHaveAttribute('role', 'status');
    expect(await region.evaluate((element) => getComputedStyle(element).display), selector).not.toBe('none');
  }
});

test("the site's own export comes back in; its CSV is named for what it is", async ({ page }) => {
  await page.goto(PHASE);
  await box(page, firstItem!.id).check();
  // A note far longer than a real one, on every item, so the export is large.
  await page.evaluate(
    ([key, ids]) => {
      const data = JSON.parse(localStorage.getItem(key)!) as Stored & Record<string, unknown>;
      for (const id of ids)
        data.items[id] = {
          checked: true,
          note: 'Lang merknad. '.repeat(70),
          changedAt: new Date().toISOString(),
        } as never;
      for (let index = 0; index < 300; index += 1)
        data.items[`eldre-punkt-${index}`] = {
          checked: true,
          note: 'Å'.repeat(900),
          changedAt: new Date().toISOString(),
        } as never;
      localStorage.setItem(key, JSON.stringify(data));
    },
    [STORAGE_KEY, nodeOf(PHASE_ID).checklist.map((entry) => entry.id)] as const,
  );
  await page.goto('/min-fremdrift/');
  const json = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Last ned som fil/ }).click(),
  ]).then(([download]) => download.path());
  const csv = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Last ned som tabell/ }).click(),
  ]).then(([download]) => download.path());
  const input = page.locator('input[type="file"]');
  await input.setInputFiles(csv);
  await expect(page.getByRole('status').filter({ hasText: 'Filen er en tabell (CSV) for regneark' })).toBeVisible();
  await input.setInputFiles(json);
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByText(/Filen er for stor/)).toHaveCount(0);
});
