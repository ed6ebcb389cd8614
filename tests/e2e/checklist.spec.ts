import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { allItems, itemsUnder, nodeOf, processNodes } from './content';

const PHASE = '/prosess/utarbeide-mal/';
/** How many items the phase has, read from its content file. */
const TOTAL = nodeOf('utarbeide-mal').checklist.length;
const done = (count: number) => `${count} av ${TOTAL} punkter er ferdige`;
const STORAGE_KEY = 'boligveiviser.sjekkliste';
const item = (page: Page, name: RegExp) => page.getByRole('checkbox', { name });
const steering = /Styringsgruppen har kvalitetssikret målene/;
const meetings = /Prosjektleder har hatt møter med brukerorganisasjoner/;
const workshop = /Prosjektleder har invitert til idedugnad/;
const progressLine = (page: Page) => page.getByText(/^\d+ av \d+ punkter er ferdige$/).first();

const noteOf = (page: Page, itemText: RegExp) =>
  page
    .getByRole('listitem')
    .filter({ has: item(page, itemText) })
    .getByRole('textbox', { name: /Notat til punktet/ });

async function writeNote(page: Page, itemText: RegExp, note: string) {
  await page
    .getByRole('listitem')
    .filter({ has: item(page, itemText) })
    .getByText('Notat', { exact: true })
    .click();
  await noteOf(page, itemText).fill(note);
  await noteOf(page, itemText).blur();
}

test('ticks and notes survive a reload and a visit to other pages', async ({ page }) => {
  await page.goto(PHASE);
  await expect(progressLine(page)).toHaveText(done(0));
  await item(page, steering).check();
  await item(page, meetings).check();
  await writeNote(page, steering, 'Vedtatt i styringsgruppen 12.11, sak 2026/114');
  await expect(progressLine(page)).toHaveText(done(2));

  await page.reload();
  await expect(item(page, steering)).toBeChecked();
  await expect(item(page, meetings)).toBeChecked();
  await expect(item(page, workshop)).not.toBeChecked();
  await page.getByRole('link', { name: 'Suksessfaktorer', exact: true }).first().click();
  await page.goto(PHASE);
  await expect(noteOf(page, steering)).toHaveValue('Vedtatt i styringsgruppen 12.11, sak 2026/114');
  await expect(progressLine(page)).toHaveText(done(2));
});

test('a checklist is used with the keyboard, and progress is announced politely', async ({ page }) => {
  await page.goto(PHASE);
  const box = item(page, workshop);
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(page.locator('[data-progress]').first()).toHaveAttribute('aria-live', 'polite');
  await expect(progressLine(page)).toHaveText(done(1));
});

test('progress shows on the process overview, in the process navigation and on Min fremdrift', async ({ page }) => {
  await page.goto(PHASE);
  await item(page, steering).check();
  await item(page, workshop).check();
  const nav = page.getByRole('navigation', { name: 'Prosessen' });
  await expect(
    nav
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: '1. Utarbeide mål' }) })
      .first(),
  ).toContainText(`(2 av ${TOTAL})`);

  await page.goto('/prosess/');
  const tree = page.getByRole('navigation', { name: 'Prosessen' });
  await expect(tree.locator('[data-progress-for="utarbeide-mal"]')).toHaveText(`(2 av ${TOTAL})`);
  await expect(tree.locator('[data-progress-for="losningsfase"]')).toHaveText(
    `(2 av ${itemsUnder('losningsfase').length})`,
  );
  await expect(tree.locator('[data-progress-for="fag-temaplan-bolig"]')).toHaveText(
    `(2 av ${itemsUnder('fag-temaplan-bolig').length})`,
  );

  await page.goto('/min-fremdrift/');
  const phase = page.getByRole('region', { name: 'Fase 1: Utarbeide mål' });
  await expect(phase.getByText(done(2))).toBeVisible();
  const today = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long' }).format(new Date());
  await expect(phase.getByText(`Sist endret ${today}`)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Trinn 4: Fag/temaplan bolig' }).getByText('Ingen punkter er krysset av ennå'),
  ).toBeVisible();
});

test('the overview shows only the items of one role', async ({ page }) => {
  await page.goto('/min-fremdrift/');
  const ofRole = (role: string) => allItems().filter((entry) => entry.role === role).length;
  await expect(page.getByRole('checkbox')).toHaveCount(allItems().length);
  await page.getByLabel('Vis punkter for').selectOption({ label: 'Styringsgruppen' });
  await expect(page.getByRole('checkbox')).toHaveCount(ofRole('styringsgruppen'));
  await expect(item(page, steering)).toBeVisible();
  // A phase with no item for the role is hidden as a whole.
  const without = processNodes().find(
    (node) => node.checklist.length > 0 && node.checklist.every((entry) => entry.role !== 'styringsgruppen'),
  )!;
  await expect(
    page.getByRole('region', { name: new RegExp(`: ${without.title.replace(/[/?]/g, '.')}$`) }),
  ).toBeHidden();
  await expect(page).toHaveURL(/\?rolle=styringsgruppen$/);
  await page.reload();
  await expect(page.getByRole('checkbox')).toHaveCount(ofRole('styringsgruppen'));
  await page.getByLabel('Vis punkter for').selectOption({ label: 'Prosjektleder' });
  await expect(page.getByRole('checkbox')).toHaveCount(ofRole('prosjektleder'));
});

test('two open tabs stay in step', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(PHASE);
  await second.goto('/min-fremdrift/');
  await item(first, steering).check();
  await expect(item(second, steering)).toBeChecked();
  await item(second, steering).uncheck();
  await item(second, meetings).check();
  await expect(item(first, steering)).not.toBeChecked();
  await expect(item(first, meetings)).toBeChecked();
  await expect(progressLine(first)).toHaveText(done(1));
});

test('storage that throws on every call: the checklist works for the visit and says so', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
      Storage.prototype[method] = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    }
  });
  await page.goto(PHASE);
  await item(page, steering).check();
  await expect(item(page, steering)).toBeChecked();
  await expect(progressLine(page)).toHaveText(done(1));
  await expect(
    page.getByRole('status').filter({ hasText: 'Nettleseren lar ikke dette nettstedet lagre noe' }),
  ).toBeVisible();
  await page.goto('/prosess/');
  await page.goto('/min-fremdrift/');
  await expect(
    page.getByRole('status').filter({ hasText: 'Nettleseren lar ikke dette nettstedet lagre noe' }).first(),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('storage holding garbage: it is set aside, the reader is told, and new ticks are saved', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, '{"format":"boligveiviser-sjekk'), STORAGE_KEY);
  await page.goto(PHASE);
  await expect(
    page.getByRole('status').filter({ hasText: 'Vi fant lagret fremdrift som ikke kunne leses' }),
  ).toBeVisible();
  await item(page, meetings).check();
  await page.reload();
  await expect(item(page, meetings)).toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem('boligveiviser.sjekkliste.ulest'))).toBe(
    '{"format":"boligveiviser-sjekk',
  );
  expect(errors).toEqual([]);
});

test('a bad import file gets a clear message and leaves the state exactly as it was', async ({ page }) => {
  await page.goto('/min-fremdrift/');
  await item(page, steering).check();
  await writeNote(page, steering, 'Sak 2026/114');
  const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  const fileInput = page.getByLabel('Velg en fil du har lastet ned fra Boligveiviser');
  const message = page.locator('[data-transfer-message]');

  for (const [name, content, expected] of [
    ['ødelagt.json', '{"format": "boligveiviser-sjekkliste", "version": 2, "items": {', 'Filen kunne ikke leses'],
    [
      'annet.json',
      JSON.stringify({ tasks: [{ done: true }] }),
      'Filen er ikke en eksport av fremdrift fra Boligveiviser',
    ],
    [
      'nyere.json',
      JSON.stringify({ format: 'boligveiviser-sjekkliste', version: 99, items: {} }),
      'laget av en nyere versjon',
    ],
    ['tom.json', '', 'Filen kunne ikke leses'],
  ] as const) {
    await fileInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(message).toContainText(expected);
    await expect(message).toContainText('Ingenting er endret.');
    await expect(page.getByRole('dialog')).toBeHidden();
  }
  // Larger than any export the site can write: handed over as a file on disk, as a reader would.
  const large = test.info().outputPath('stor.json');
  writeFileSync(large, `{"x":"${'a'.repeat(33 * 1024 * 1024)}"}`);
  await fileInput.setInputFiles(large);
  await expect(message).toContainText('Filen er for stor');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
  await expect(item(page, steering)).toBeChecked();
});

test('export as a file, then import it again with a preview and a choice to merge or replace', async ({ page }) => {
  await page.goto('/min-fremdrift/');
  await item(page, steering).check();
  await item(page, workshop).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned som fil (JSON)' }).click(),
  ]);
  const exported = await download.path();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned som tabell (CSV)' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('boligveiviser-fremdrift.csv');
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(await csv.path(), 'utf8')).toContain(
    '"Styringsgruppen har kvalitetssikret målene.";"Styringsgruppen";"Ferdig"',
  );

  await item(page, workshop).uncheck();
  await page.getByLabel('Velg en fil du har lastet ned fra Boligveiviser').setInputFiles(exported);
  const dialog = page.getByRole('dialog', { name: 'Ta inn fremdrift?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText([/Prosjektleder har invitert til idedugnad.*blir krysset av/]);
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(item(page, workshop)).not.toBeChecked();

  await page.getByLabel('Velg en fil du har lastet ned fra Boligveiviser').setInputFiles(exported);
  await dialog.getByRole('button', { name: 'Erstatt' }).click();
  await expect(item(page, workshop)).toBeChecked();
  await expect(page.locator('[data-transfer-message]')).toHaveText('Fremdriften er erstattet med den fra filen.');
});

test('a share link carries the state to another browser, which previews and merges it', async ({ page, browser }) => {
  await page.goto('/min-fremdrift/');
  await item(page, meetings).check();
  await writeNote(page, meetings, 'Møte med brukerrådet 3.11');
  await page.getByRole('button', { name: 'Lag delingslenke' }).click();
  const link = await page.getByRole('textbox', { name: 'Delingslenke' }).inputValue();
  expect(link).toMatch(/\/min-fremdrift\/#del=/);

  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await other.goto('/prosess/utarbeide-mal/');
  await item(other, steering).check();
  await other.goto(link);
  const dialog = other.getByRole('dialog', { name: 'Ta inn fremdrift?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('lenken');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Prosjektleder har hatt møter' })).toContainText(
    'blir krysset av',
  );
  await dialog.getByRole('button', { name: 'Slå sammen' }).click();
  await expect(item(other, meetings)).toBeChecked();
  await expect(item(other, steering)).toBeChecked();
  await expect(noteOf(other, meetings)).toHaveValue('Møte med brukerrådet 3.11');
  await expect(other).not.toHaveURL(/#del=/);
  await colleague.close();
});

test('reset a phase with confirmation, then undo', async ({ page }) => {
  await page.goto(PHASE);
  await item(page, steering).check();
  await item(page, meetings).check();
  await page.getByRole('button', { name: 'Nullstill fasen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nullstille?' });
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(item(page, steering)).toBeChecked();

  await page.getByRole('button', { name: 'Nullstill fasen' }).click();
  await dialog.getByRole('button', { name: 'Nullstill' }).click();
  await expect(item(page, steering)).not.toBeChecked();
  await expect(progressLine(page)).toHaveText(done(0));
  await expect(page.getByText('2 punkter er nullstilt.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Angre' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(item(page, steering)).toBeChecked();
  await expect(item(page, meetings)).toBeChecked();
  await page.reload();
  await expect(item(page, meetings)).toBeChecked();
});

test('reset everything on Min fremdrift, then undo', async ({ page }) => {
  await page.goto('/min-fremdrift/');
  await item(page, steering).check();
  await page.getByRole('checkbox', { name: /De vedtatte tiltakene er innarbeidet/ }).check();
  await page.getByRole('button', { name: 'Nullstill alt' }).click();
  await page.getByRole('dialog', { name: 'Nullstille?' }).getByRole('button', { name: 'Nullstill' }).click();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);
});

test('the print view shows one phase with ticks, notes and the municipality name', async ({ page }) => {
  await page.goto(PHASE);
  await item(page, steering).check();
  await writeNote(page, steering, 'Sak 2026/114');
  await page.getByRole('link', { name: 'Skriv ut fasen' }).click();
  await expect(page).toHaveURL(/\/min-fremdrift\/utskrift\/\?fase=utarbeide-mal$/);
  await expect(page.getByRole('heading', { name: 'Fase 1: Utarbeide mål' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Trinn 4: Fag/temaplan bolig' })).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: 'Styringsgruppen har kvalitetssikret målene.' });
  await expect(row.getByRole('cell').nth(2)).toHaveText('☑ Ja');
  await expect(row.getByRole('cell').nth(3)).toHaveText('Sak 2026/114');
  await page.getByLabel('Kommune:').fill('Eksempel kommune');
  await page.getByLabel('Kommune:').blur();
  await page.reload();
  await expect(page.getByLabel('Kommune:')).toHaveValue('Eksempel kommune');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(row).toBeVisible();
  // On A4 (794 CSS px wide at 96 dpi, less the page margins) the phase's table is not cut off:
  // nothing in it is wider than the paper.
  await page.setViewportSize({ width: 794, height: 1123 });
  const table = page.getByRole('table').filter({ has: row });
  const fits = await table.evaluate((element) => element.scrollWidth <= element.closest('section')!.clientWidth);
  expect(fits).toBe(true);
  expect(await row.evaluate((element) => element.getBoundingClientRect().right)).toBeLessThanOrEqual(794);
});

test('without JavaScript the items are a readable list that says ticking needs JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PHASE);
  const checklist = page.getByRole('region', { name: 'Sjekkliste' });
  await expect(checklist.getByRole('listitem')).toHaveCount(TOTAL);
  await expect(checklist.getByText('Avkryssing av punktene krever JavaScript.')).toBeVisible();
  await expect(checklist.getByRole('checkbox')).toHaveCount(0);
  await expect(checklist.getByRole('button', { name: 'Nullstill fasen' })).toBeHidden();
  await context.close();
});

test('axe finds no violations with a notice, the undo and the dialogs open', async ({ page }) => {
  // Three axe scans, one of them of Min fremdrift (every checklist): three times the usual time.
  test.slow();
  const scan = () => axeViolations(page);
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, 'garbage'), STORAGE_KEY);
  await page.goto(PHASE);
  await expect(page.getByRole('status').filter({ hasText: 'ikke kunne leses' })).toBeVisible();
  await item(page, steering).check();
  await page.getByRole('button', { name: 'Nullstill fasen' }).click();
  await expect(page.getByRole('dialog', { name: 'Nullstille?' })).toBeVisible();
  expect(await scan()).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Nullstill' }).click();
  await expect(page.getByRole('button', { name: 'Angre' })).toBeVisible();
  expect(await scan()).toEqual([]);

  await page.goto('/min-fremdrift/');
  await page.getByLabel('Velg en fil du har lastet ned fra Boligveiviser').setInputFiles({
    name: 'fremdrift.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'boligveiviser-sjekkliste', version: 1, checked: ['forslag-til-mal'] }),
    ),
  });
  await expect(page.getByRole('dialog', { name: 'Ta inn fremdrift?' })).toBeVisible();
  expect(await scan()).toEqual([]);
});

test('a tick for an item no longer in the content is kept, not shown, and never moves to another item', async ({
  page,
}) => {
  const old = {
    format: 'boligveiviser-sjekkliste',
    version: 2,
    items: { 'fjernet-punkt': { checked: true, note: 'Gammelt notat', changedAt: '2026-01-05T10:00:00.000Z' } },
  };
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify(old)]);
  await page.goto(PHASE);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(progressLine(page)).toHaveText(done(0));
  await expect(page.getByText('Gammelt notat')).toHaveCount(0);
  await item(page, steering).check();
  type Saved = { items: Record<string, { checked: boolean; note?: string; changedAt: string }> };
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!) as Saved;
  expect(saved.items['fjernet-punkt']).toEqual(old.items['fjernet-punkt']);
  expect(saved.items['mal-kvalitetssikret']?.checked).toBe(true);
});

for (const leave of ['reload', 'navigation', 'close'] as const) {
  test(`a note typed and the page left 100 ms later (${leave}) is there afterwards`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(PHASE);
    await page
      .getByRole('listitem')
      .filter({ has: item(page, steering) })
      .getByText('Notat', { exact: true })
      .click();
    await noteOf(page, steering).fill('Skrevet rett før siden ble forlatt');
    await page.waitForTimeout(100);
    let after = page;
    if (leave === 'reload') await page.reload();
    if (leave === 'navigation') await page.getByRole('link', { name: 'Min fremdrift i alle faser' }).click();
    if (leave === 'close') {
      await page.close({ runBeforeUnload: true });
      after = await context.newPage();
    }
    await after.goto(PHASE);
    await expect(noteOf(after, steering)).toHaveValue('Skrevet rett før siden ble forlatt');
  });
}

test('the municipality name typed on the print view and the page reloaded at once is kept', async ({ page }) => {
  await page.goto('/min-fremdrift/utskrift/');
  await page.getByLabel('Kommune:').fill('Eksempel kommune');
  await page.reload();
  await expect(page.getByLabel('Kommune:')).toHaveValue('Eksempel kommune');
});
