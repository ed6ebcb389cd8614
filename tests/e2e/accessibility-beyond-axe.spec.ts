/**
 * What axe cannot find: focus order against what is seen, focus after controls that hide
 * themselves, forced colours, the circle with text spacing, the header at desktop width, the
 * safe default in reset dialogs, plurals and the language of titles in Bokmål surroundings.
 */
import { expect, test, type Page } from '@playwright/test';
import { entriesOf, nodeOf, processNodes } from './content';
import { applyTextSpacing } from './text-spacing';

/** Tabs from the top of the page, returning each focused element's place on the page. */
async function tabWalk(page: Page, steps: number) {
  const places: { name: string; top: number }[] = [];
  for (let step = 0; step < steps; step += 1) {
    await page.keyboard.press('Tab');
    const place = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      if (!active || active === document.body) return undefined;
      return {
        name: (active.textContent ?? active.getAttribute('aria-label') ?? active.tagName).trim().slice(0, 40),
        top: active.getBoundingClientRect().top + window.scrollY,
      };
    });
    if (!place) break;
    places.push(place);
  }
  return places;
}

for (const width of [320, 800]) {
  test(`at ${width} px, Tab on a process page goes down the page and never jumps down and back`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const node = processNodes().find((entry) => entry.checklist.length > 0)!;
    await page.goto(`/prosess/${node.id}/`);
    const places = await tabWalk(page, 60);
    expect(places.length).toBeGreaterThan(20);
    // The skip link is placed over the page when focused; the walk is judged from the next stop.
    // Controls side by side in one row may differ a little in height; a jump back up the page
    // (as from a menu shown below the article to the article's top) is far larger.
    const walk = places.slice(1);
    const jumps = walk.flatMap((place, index) =>
      index > 0 && place.top < walk[index - 1]!.top - 100 ? [`${walk[index - 1]!.name} → ${place.name}`] : [],
    );
    expect(jumps).toEqual([]);
  });
}

test('"Fjern alle filtre" leaves focus on a visible element and says what happened', async ({ page }) => {
  await page.goto('/sok/?type=Fase');
  const clear = page.getByRole('button', { name: 'Fjern alle filtre' });
  await expect(clear).toBeVisible();
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(clear).toBeHidden();
  const focused = page.locator(':focus');
  await expect(focused).toBeVisible();
  await expect(focused).toHaveText('Filtre');
  await expect(page.locator('search-page [data-search-status]')).toContainText('Alle filtre er fjernet.');
});

test('the search page lets keyboard users skip the filters to the results', async ({ page }) => {
  await page.goto('/sok/?q=bolig');
  const skip = page.getByRole('link', { name: 'Hopp til treffene' });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Treff', level: 2 })).toBeFocused();
});

test('in forced colours every button has a visible edge, and so does a dialog', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  for (const path of [
    '/min-fremdrift/',
    '/sok/?q=bolig',
    `/prosess/${processNodes().find((node) => node.checklist.length > 0)!.id}/`,
  ]) {
    await page.goto(path);
    const edgeless = await page.locator('button:visible').evaluateAll((buttons) =>
      buttons
        .filter((button) => {
          const style = getComputedStyle(button);
          return ['Top', 'Right', 'Bottom', 'Left'].some(
            (side) =>
              style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none' ||
              parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) === 0,
          );
        })
        .map((button) => button.textContent?.trim()),
    );
    expect(edgeless, path).toEqual([]);
  }
  await page.getByRole('button', { name: 'Nullstill fasen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nullstille?' });
  expect(await dialog.evaluate((element) => parseFloat(getComputedStyle(element).borderTopWidth))).toBeGreaterThan(0);
});

test("the circle's labels lie inside their bubbles, also with WCAG text spacing", async ({ page }) => {
  await page.goto('/prosess/');
  await applyTextSpacing(page);
  const outside = await page.locator('.process-step').evaluateAll((steps) =>
    steps.flatMap((step) => {
      const circle = step.querySelector('circle')!.getBoundingClientRect();
      const [cx, cy, r] = [circle.left + circle.width / 2, circle.top + circle.height / 2, circle.width / 2];
      return [...step.querySelectorAll('tspan')].flatMap((line) => {
        const box = line.getBoundingClientRect();
        const corners = [
          [box.left, box.top],
          [box.right, box.top],
          [box.left, box.bottom],
          [box.right, box.bottom],
        ];
        return corners.some(([x, y]) => Math.hypot(x! - cx, y! - cy) > r) ? [line.textContent] : [];
      });
    }),
  );
  expect(outside).toEqual([]);
});

test('the header menu is one line at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const tops = await page
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
});

test('a reset dialog starts on "Avbryt", and one reset item is "1 punkt"', async ({ page }) => {
  const node = nodeOf('utarbeide-mal');
  await page.goto('/prosess/utarbeide-mal/');
  await page.locator(`#boks-${node.checklist[0]!.id}`).check();
  await page.getByRole('button', { name: 'Nullstill fasen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nullstille?' });
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Nullstill' }).click();
  await expect(page.getByText('1 punkt er nullstilt.')).toBeVisible();
});

test('Min fremdrift does not link to itself, and its import control is in Bokmål', async ({ page }) => {
  await page.goto('/min-fremdrift/');
  await expect(page.getByRole('main').locator('a[href="/min-fremdrift/"]')).toHaveCount(0);
  const chooser = page.getByText('Velg en fil du har lastet ned fra Boligveiviser');
  await expect(chooser).toBeVisible();
  // The browser's own control (its text in the browser's language) is not shown.
  const box = await page.locator('input[type="file"]').boundingBox();
  expect((box?.width ?? 0) * (box?.height ?? 0)).toBeLessThanOrEqual(1);
  const [chooserEvent] = await Promise.all([page.waitForEvent('filechooser'), chooser.click()]);
  expect(chooserEvent.isMultiple()).toBe(false);
});

// One test per page whose title is Nynorsk or Swedish, read from the content.
const foreignTitled = (['factors', 'examples', 'guidance'] as const).flatMap((collection) =>
  entriesOf(collection)
    .filter((entry) => entry.lang !== 'nb')
    .map((entry) => ({
      ...entry,
      path: `${{ factors: '/suksessfaktorer/', examples: '/eksempler/', guidance: '/veiledning/' }[collection]}${entry.id}/`,
    })),
);
for (const entry of foreignTitled) {
  test(`${entry.path}: the title (${entry.lang}) carries its language in the breadcrumbs and the source credit`, async ({
    page,
  }) => {
    await page.goto(entry.path);
    const current = page.getByRole('navigation', { name: 'Brødsmulesti' }).locator('[aria-current="page"]');
    await expect(current).toHaveAttribute('lang', entry.lang);
    await expect(current).toHaveText(entry.title);
    await expect(page.getByRole('complementary', { name: 'Kilde' }).locator(`span[lang="${entry.lang}"]`)).toHaveCount(
      1,
    );
  });
}
