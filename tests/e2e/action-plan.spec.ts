/**
 * The Handlingsplan tool as a project group uses it: building a plan by keyboard, following it
 * up, costs per budget year, export and import, print, faults, delete with undo, axe and 320 px.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { processNodes } from './content';
import {
  COST_PER_YEAR,
  MEASURES,
  OVERDUE,
  PLAN,
  RECORD_COUNT,
  STATUS_WORDS,
  storedPlan,
  type MeasureData,
} from './plan-fixture';
import { nb } from '../../src/i18n/nb';

const PAGE = '/handlingsplan/';
const STORAGE_KEY = 'boligveiviser.sjekkliste';

/** The accessible name of the focused control: its aria-label, its label, or its text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return '';
    const labelled = (active as HTMLInputElement).labels?.[0]?.textContent;
    return (active.getAttribute('aria-label') ?? labelled ?? active.textContent ?? '').trim();
  });

/** Presses Tab until the focused control's name is `name`; fails if it never comes. */
async function tabTo(page: Page, name: string) {
  for (let presses = 0; presses < 80; presses += 1) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab nådde aldri «${name}»`);
}

/** Types a measure's fields in the order the form has them (Tab only goes forward). */
async function typeMeasure(page: Page, measure: MeasureData) {
  await page.keyboard.type(measure.description);
  await tabTo(page, nb['plan.unit']);
  await page.keyboard.type(measure.unit);
  await tabTo(page, nb['plan.status']);
  // A closed select changes its choice with the arrow keys.
  for (let step = 0; step < Object.keys(STATUS_WORDS).indexOf(measure.status); step += 1)
    await page.keyboard.press('ArrowDown');
  const fields: [keyof MeasureData, string][] = [
    ['deadline', nb['plan.deadline']],
    ['cost', nb['plan.cost']],
    ['budgetYears', nb['plan.budgetYears']],
    ['financing', nb['plan.financing']],
    ['note', nb['plan.note']],
  ];
  for (const [field, label] of fields) {
    await tabTo(page, label);
    await page.keyboard.type(measure[field]);
  }
}

const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);
const documentRows = (page: Page) => section(page, 'planen').locator('tbody tr');

async function seed(page: Page) {
  await page.goto(PAGE);
  await page.evaluate(([key, state]) => localStorage.setItem(key, state), [STORAGE_KEY, storedPlan()] as const);
  await page.reload();
}

/** The plan document shows every measure of the fixture with its unit, deadline and status. */
async function expectWholePlan(page: Page) {
  const document = section(page, 'planen');
  for (const area of PLAN) await expect(document.getByRole('heading', { name: area.title })).toBeVisible();
  await expect(documentRows(page)).toHaveCount(MEASURES.length);
  for (const measure of MEASURES) {
    const row = documentRows(page).filter({ hasText: measure.description });
    for (const value of [measure.unit, measure.deadline, measure.budgetYears, STATUS_WORDS[measure.status]])
      await expect(row).toContainText(value);
  }
}

const countsLine = (statuses: MeasureData['status'][]) =>
  `${statuses.length} tiltak: ${statuses.filter((status) => status === 'gjennomfort').length} gjennomført, ${
    statuses.filter((status) => status === 'startet').length
  } startet, ${statuses.filter((status) => status === 'ikke-startet').length} ikke startet`;

test('a plan with two areas, three goals and four measures is built by keyboard alone and is there after reload', async ({
  page,
}) => {
  test.slow();
  await page.goto(PAGE);
  let areaNumber = 0;
  for (const area of PLAN) {
    areaNumber += 1;
    await tabTo(page, nb['plan.addArea']);
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-plan-announce]')).toHaveText(`Innsatsområde ${areaNumber} er lagt til.`);
    await page.keyboard.type(area.title);
    let goalNumber = 0;
    for (const goal of area.goals) {
      goalNumber += 1;
      await tabTo(page, `${nb['plan.addGoal']} (innsatsområde ${areaNumber})`);
      await page.keyboard.press('Enter');
      await page.keyboard.type(goal.title);
      for (const key of goal.smarte) {
        await tabTo(page, nb[`plan.smarte.${key}`]);
        await page.keyboard.press('Space');
      }
      for (const measure of goal.measures) {
        await tabTo(page, `${nb['plan.addMeasure']} (mål ${areaNumber}.${goalNumber})`);
        await page.keyboard.press('Enter');
        await typeMeasure(page, measure);
      }
    }
  }
  await expectWholePlan(page);
  await page.reload();
  await expectWholePlan(page);
  const ticked = page.locator('[data-smarte]:checked');
  await expect(ticked).toHaveCount(PLAN.flatMap((area) => area.goals).flatMap((goal) => goal.smarte).length);
});

test('follow-up counts statuses, marks overdue measures, and follows a change of status', async ({ page }) => {
  await seed(page);
  const followUp = section(page, 'oppfolging');
  const statuses = MEASURES.map((measure) => measure.status);
  await expect(followUp.locator('[data-counts]')).toHaveText(countsLine(statuses));
  const overdueRows = followUp.locator('tbody tr').filter({ hasText: nb['plan.overdue'] });
  await expect(overdueRows).toHaveCount(OVERDUE.length);
  for (const description of OVERDUE) await expect(overdueRows.filter({ hasText: description })).toHaveCount(1);

  // Sorted by deadline: the first row has the earliest deadline of the fixture.
  const deadlines = followUp.locator('tbody tr td:first-child');
  await expect(deadlines.first()).toContainText('2024');

  // Carrying out an overdue measure removes its mark and moves it in the counts.
  const measure = MEASURES.find((entry) => entry.description === OVERDUE[0])!;
  const index = MEASURES.indexOf(measure);
  const status = page.locator('select[data-field="status"]').nth(index);
  await status.selectOption('gjennomfort');
  statuses[index] = 'gjennomfort';
  await expect(followUp.locator('[data-counts]')).toHaveText(countsLine(statuses));
  await expect(overdueRows).toHaveCount(OVERDUE.length - 1);
  await page.reload();
  await expect(followUp.locator('[data-counts]')).toHaveText(countsLine(statuses));
});

test('cost is summed per budget year for the økonomiplan', async ({ page }) => {
  await seed(page);
  const rows = section(page, 'kostnad').locator('tbody tr');
  for (const { year, sum } of COST_PER_YEAR) {
    await expect(rows.filter({ hasText: year }).locator('td').last()).toHaveText(sum.replace(/ /g, '\u00a0'));
  }
});

test('the CSV has a row per measure; the JSON goes into a fresh browser with a preview and merge', async ({
  page,
  browser,
}) => {
  await seed(page);
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: nb['plan.downloadCsv'] }).click(),
  ]);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toContain(`"${nb['plan.budgetYears']}";"${nb['plan.financing']}"`);
  expect(lines).toHaveLength(1 + MEASURES.length);
  for (const measure of MEASURES) {
    const line = lines.find((row) => row.includes(`"${measure.description}"`));
    expect(line).toContain(`"${measure.unit}";"${measure.deadline}";"${measure.cost}";"${measure.budgetYears}"`);
    expect(line).toContain(`"${STATUS_WORDS[measure.status]}"`);
  }

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: nb['transfer.downloadJson'] }).click(),
  ]);
  const file = await jsonDownload.path();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(PAGE);
  await other.locator('#importer-plan').setInputFiles(file);
  const dialog = other.getByRole('dialog', { name: nb['import.title'] });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    `Handlingsplanen, hvis du slår sammen: ${RECORD_COUNT} deler legges til, 0 endres og 0 fjernes.`,
  );
  await dialog.getByRole('button', { name: nb['import.merge'] }).click();
  await expectWholePlan(other);
  await fresh.close();
});

test('the print view is the plan on landscape A4 with the municipality and date, without the editing form', async ({
  page,
}) => {
  await seed(page);
  const municipality = page.getByRole('textbox', { name: nb['print.municipality'] });
  await municipality.fill('Testby kommune');
  await page.reload();
  await expect(municipality).toHaveValue('Testby kommune');
  await page.emulateMedia({ media: 'print' });
  await expect(municipality).toBeVisible();
  await expect(section(page, 'planen').locator('[data-today]')).not.toBeEmpty();
  await expect(section(page, 'bygg')).toBeHidden();
  await expect(section(page, 'eksport')).toBeHidden();
  await expect(documentRows(page)).toHaveCount(MEASURES.length);
  await expect(section(page, 'kostnad')).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const [width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!.slice(1).map(Number);
  // A4 landscape: 297 × 210 mm is 842 × 595 points.
  expect(Math.round(width!)).toBe(842);
  expect(Math.round(height!)).toBe(595);
  // One name for both printouts: the checklists' print view has it too.
  await page.goto('/min-fremdrift/utskrift/');
  await expect(page.getByRole('textbox', { name: nb['print.municipality'] })).toHaveValue('Testby kommune');
});

test('unreadable stored data is set aside and said; the plan still works for the visit', async ({ page }) => {
  await page.goto(PAGE);
  await page.evaluate((key) => localStorage.setItem(key, '{"format": "boligveiviser-sjekkliste", "ver'), STORAGE_KEY);
  await page.reload();
  await page.getByRole('button', { name: nb['plan.addArea'] }).click();
  await page.keyboard.type('Et område');
  await expect(page.locator('[data-plan-problem]')).toHaveText(nb['checklist.problem.corrupt']);
  const setAside = await page.evaluate(() => localStorage.getItem('boligveiviser.sjekkliste.ulest'));
  expect(setAside).toContain('"ver');
});

test('full storage is said, and the plan works for the visit', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(PAGE);
  await page.getByRole('button', { name: nb['plan.addArea'] }).click();
  await page.keyboard.type('Et område');
  await expect(page.locator('[data-plan-problem]')).toHaveText(nb['checklist.problem.full']);
  await expect(section(page, 'planen').getByRole('heading', { name: 'Et område' })).toBeVisible();
});

test('data from a newer version is not overwritten', async ({ page }) => {
  const newer = JSON.stringify({ format: 'boligveiviser-sjekkliste', version: 99, plan: 'ukjent' });
  await page.goto(PAGE);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, newer] as const);
  await page.reload();
  await page.getByRole('button', { name: nb['plan.addArea'] }).click();
  await expect(page.locator('[data-plan-problem]')).toHaveText(nb['checklist.problem.newer']);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(newer);
});

test('a deleted measure can be brought back with Angre, by keyboard', async ({ page }) => {
  await seed(page);
  const [first] = MEASURES;
  await page.getByRole('button', { name: 'Slett tiltak 1.1.1' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-plan-announce]')).toContainText('Tiltak 1.1.1 er slettet.');
  await expect(documentRows(page).filter({ hasText: first!.description })).toHaveCount(0);
  await expect(page.getByRole('button', { name: nb['plan.undo'] })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-plan-announce]')).toHaveText(nb['plan.undone']);
  await expect(documentRows(page).filter({ hasText: first!.description })).toHaveCount(1);
  await page.reload();
  await expectWholePlan(page);
});

test('moving a goal down renumbers it and keeps focus on the button', async ({ page }) => {
  await seed(page);
  const [firstGoal, secondGoal] = PLAN[0]!.goals;
  await page.getByRole('button', { name: 'Flytt ned mål 1.1' }).click();
  await expect(page.locator('[data-plan-announce]')).toHaveText('Mål er flyttet til nummer 1.2.');
  await expect(page.getByRole('button', { name: 'Flytt ned mål 1.2' })).toBeFocused();
  const goals = section(page, 'planen').locator('h4');
  await expect(goals.nth(0)).toContainText(secondGoal!.title);
  await expect(goals.nth(1)).toContainText(firstGoal!.title);
});

const editingStates: [string, (page: Page) => Promise<Locator | void>][] = [
  [
    'the filled form with an unreadable deadline',
    async (page) => {
      const deadline = page.locator('input[data-field="deadline"]').first();
      await deadline.fill('snart');
      await deadline.blur();
      await expect(deadline).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('[data-error="deadline"]:visible')).toHaveText(nb['plan.deadlineInvalid']);
    },
  ],
  [
    'a deletion with its undo',
    async (page) => {
      await page.getByRole('button', { name: 'Slett tiltak 1.1.1' }).click();
    },
  ],
  [
    'the import preview',
    async (page) => {
      await page.locator('#importer-plan').setInputFiles({
        name: 'plan.json',
        mimeType: 'application/json',
        buffer: Buffer.from(storedPlan()),
      });
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  ],
];

for (const [state, open] of editingStates) {
  test(`axe finds no violations: ${state}`, async ({ page }) => {
    await seed(page);
    await open(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('at 320 px the filled plan needs no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await seed(page);
  await expect(documentRows(page)).toHaveCount(MEASURES.length);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('without JavaScript the page says what the tool does and offers a blank template', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.getByText(nb['plan.noScript'])).toBeVisible();
  await expect(page.getByRole('heading', { name: nb['plan.templateHeading'] })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: nb['plan.cost'] })).toBeVisible();
  await expect(section(page, 'bygg')).toBeHidden();
  await context.close();
});

test('the guide links to the part of the tool each step feeds, and Min fremdrift shows the counts', async ({
  page,
}) => {
  const linked = processNodes().filter((node) => node.planTool);
  expect(linked.length).toBeGreaterThan(0);
  for (const node of linked) {
    await page.goto(`/prosess/${node.id}/`);
    const link = page.getByRole('complementary', { name: nb['plan.tool.label'] }).getByRole('link');
    await link.click();
    await expect(page).toHaveURL(/\/handlingsplan\/#/);
    const anchor = new URL(page.url()).hash;
    await expect(page.locator(anchor)).toBeVisible();
  }
  await seed(page);
  await page.goto('/min-fremdrift/');
  await expect(page.locator('[data-plan-status]')).toContainText(countsLine(MEASURES.map((m) => m.status)));
});

test('what is typed is kept when the tab is closed at once, and two tabs keep each other’s areas', async ({
  context,
}) => {
  const left = await context.newPage();
  await left.goto(PAGE);
  await left.getByRole('button', { name: nb['plan.addArea'] }).click();
  await left.keyboard.type('Skrevet rett før lukking');
  await left.close({ runBeforeUnload: true });

  const [first, second] = [await context.newPage(), await context.newPage()];
  await first.goto(PAGE);
  await second.goto(PAGE);
  await expect(first.locator('input[data-field="title"]')).toHaveValue('Skrevet rett før lukking');
  await first.getByRole('button', { name: nb['plan.addArea'] }).click();
  await first.keyboard.type('Fra første fane');
  await second.getByRole('button', { name: nb['plan.addArea'] }).click();
  await second.keyboard.type('Fra andre fane');
  await first.locator('input[data-field="title"]').last().blur();
  await second.locator('input[data-field="title"]').last().blur();
  for (const page of [first, second]) {
    const headings = section(page, 'planen').locator('h3');
    await expect(headings).toHaveText([/Skrevet rett før lukking/, /Fra første fane/, /Fra andre fane/]);
  }
});

test('text being typed is not lost when another tab saves in the middle of it', async ({ context }) => {
  const [typing, other] = [await context.newPage(), await context.newPage()];
  // The typing tab's clock stands still, so its save-after-a-pause cannot run first: only the
  // redraw that the other tab's save causes can save what was typed.
  await typing.clock.install();
  await typing.goto(PAGE);
  await other.goto(PAGE);
  await typing.getByRole('button', { name: nb['plan.addArea'] }).click();
  await typing.keyboard.type('Boliger ');
  // The other tab saves before the typing tab's pause-save: the typing tab redraws its form.
  await other.getByRole('button', { name: nb['plan.addArea'] }).click();
  await expect(typing.locator('input[data-field="title"]')).toHaveCount(2);
  await typing.keyboard.type('for alle');
  await expect(typing.locator('input[data-field="title"]').first()).toHaveValue('Boliger for alle');
  await typing.reload();
  await expect(typing.locator('input[data-field="title"]').first()).toHaveValue('Boliger for alle');
});
