import { expect, test } from '@playwright/test';
import { nb } from '../../src/i18n/nb';
import { processNodes } from './content';

const steps = () => processNodes().filter((node) => node.level === 'trinn');

test('a reader walks from the home page through the circle down to a phase', async ({ page }) => {
  await page.goto('/');
  const circle = page.getByRole('group', { name: 'Den sirkulære prosessen: seks trinn' });
  await expect(circle.getByRole('link')).toHaveCount(steps().length);
  await circle.getByRole('link', { name: 'Trinn 4 Fag/temaplan bolig' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fag/temaplan bolig');
  await expect(
    page
      .getByRole('group', { name: 'Den sirkulære prosessen' })
      .getByRole('link', { name: 'Trinn 4 Fag/temaplan bolig' }),
  ).toHaveAttribute('aria-current', 'page');

  const subProcesses = page.getByRole('region', { name: 'Underprosesser' });
  await expect(subProcesses.getByRole('link')).toHaveText([
    'Forfase fag/temaplan',
    'Identifiserings- og kartleggingsfase',
    'Løsningsfase',
    'Bearbeidings- og ferdigstillingsfasen',
    'Gjennomføringsfase',
  ]);
  await subProcesses.getByRole('link', { name: 'Løsningsfase' }).click();
  await page.getByRole('region', { name: 'Faser' }).getByRole('link', { name: 'Utarbeide mål' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Utarbeide mål');
  const crumbs = page.getByRole('navigation', { name: 'Brødsmulesti' });
  await expect(crumbs.getByRole('link')).toHaveText(['Forside', 'Prosessen', 'Fag/temaplan bolig', 'Løsningsfase']);
  await expect(
    page.getByRole('navigation', { name: 'Prosessen' }).getByRole('link', { name: '1. Utarbeide mål' }),
  ).toHaveAttribute('aria-current', 'page');

  await page
    .getByRole('navigation', { name: 'Forrige og neste i prosessen' })
    .getByRole('link', { name: /Neste/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Utarbeide strategier');
  await crumbs.getByRole('link', { name: 'Løsningsfase' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Løsningsfase');
});

test('the circle wraps: after step 6 comes step 1, and back', async ({ page }) => {
  await page.goto('/prosess/okonomiplan/');
  const prevNext = page.getByRole('navigation', { name: 'Forrige og neste i prosessen' });
  await expect(prevNext.getByRole('link', { name: /Forrige/ })).toContainText('Reguleringsplan');
  await prevNext.getByRole('link', { name: /Neste/ }).click();
  await expect(page).toHaveURL(/\/prosess\/planstrategi\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planstrategi');
  await prevNext.getByRole('link', { name: /Forrige/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Økonomiplan');
});

test('a step the sources give only a title for says so and still works as a node', async ({ page }) => {
  await page.goto('/prosess/planstrategi/');
  await expect(page.getByRole('note')).toContainText(nb['titleOnly.heading']);
  await expect(page.getByRole('navigation', { name: 'Forrige og neste i prosessen' }).getByRole('link')).toHaveCount(2);
  await expect(
    page.getByRole('group', { name: 'Den sirkulære prosessen' }).getByRole('link', { name: 'Trinn 1 Planstrategi' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('the overview shows the circle and the whole tree', async ({ page }) => {
  await page.goto('/prosess/');
  await expect(page.getByRole('group', { name: 'Den sirkulære prosessen: seks trinn' }).getByRole('link')).toHaveCount(
    steps().length,
  );
  // The menu's heading links to the overview, then one link per node.
  await expect(page.getByRole('navigation', { name: 'Prosessen' }).getByRole('link')).toHaveCount(
    processNodes().length + 1,
  );
});

test('the circle can be used with the keyboard', async ({ page }) => {
  await page.goto('/prosess/');
  const step = page.getByRole('link', { name: 'Trinn 2 Kommuneplanens samfunnsdel' });
  await step.focus();
  await expect(step).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommuneplanens samfunnsdel');
});
