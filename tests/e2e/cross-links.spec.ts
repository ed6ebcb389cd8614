import { expect, test } from '@playwright/test';

test('an example links to its phases and factors, and they link back', async ({ page }) => {
  await page.goto('/eksempler/halden/');
  await page
    .getByRole('region', { name: 'Faser i prosessen' })
    .getByRole('link', { name: 'Identifiserings- og kartleggingsfase' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Identifiserings- og kartleggingsfase');
  await page
    .getByRole('region', { name: 'Eksempler fra kommuner' })
    .getByRole('link', { name: 'Kartlegging og brukerundersøkelse' })
    .click();
  await expect(page).toHaveURL(/\/eksempler\/halden\/$/);

  await page.getByRole('region', { name: 'Suksessfaktorer' }).getByRole('link', { name: 'Brukarmedverknad' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brukarmedverknad');
  await expect(
    page
      .getByRole('region', { name: 'Eksempler som viser faktoren' })
      .getByRole('link', { name: 'Kartlegging og brukerundersøkelse' }),
  ).toBeVisible();
});

test('a factor page lists the phases and checklist items that point to it', async ({ page }) => {
  await page.goto('/suksessfaktorer/forankring-og-eigarskap/');
  await expect(
    page
      .getByRole('region', { name: 'Faser og trinn som bygger på faktoren' })
      .getByRole('link', { name: 'Utarbeide mål' }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Eksempler som viser faktoren' })
      .getByRole('link', { name: /Stavanger kommunes boligsosial handlingsplan/ }),
  ).toBeVisible();
  await page
    .getByRole('region', { name: 'Sjekklistepunkter som tjener faktoren' })
    .getByRole('link', { name: 'Utarbeide mål' })
    .click();
  await expect(page).toHaveURL(/\/prosess\/utarbeide-mal\/#punkt-mal-forankret$/);
});

test('a checklist item links to its role, and the role page lists what it does in the phase', async ({ page }) => {
  await page.goto('/prosess/utarbeide-mal/');
  const checklist = page.getByRole('region', { name: 'Sjekkliste' });
  await checklist
    .getByRole('listitem')
    .filter({ hasText: 'Styringsgruppen har kvalitetssikret målene.' })
    .getByRole('link', { name: 'Styringsgruppen' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Styringsgruppen');
  await expect(
    page
      .getByRole('region', { name: /Fase 1: Utarbeide mål/ })
      .getByRole('link', { name: 'Styringsgruppen har kvalitetssikret målene.' }),
  ).toBeVisible();
});

test('step 4 points to Økonomiplan, and Økonomiplan shows the link back', async ({ page }) => {
  await page.goto('/prosess/fag-temaplan-bolig/');
  await page.getByRole('region', { name: 'Henger sammen med' }).getByRole('link', { name: 'Økonomiplan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Økonomiplan');
  await expect(
    page.getByRole('region', { name: 'Lenker hit' }).getByRole('link', { name: 'Fag/temaplan bolig' }),
  ).toBeVisible();
});

test('the Swedish guidance sits beside the phases it belongs to, with its example', async ({ page }) => {
  await page.goto('/prosess/bli-enige-om-tiltak/');
  await page
    .getByRole('region', { name: 'Veiledning', exact: true })
    .getByRole('link', { name: 'Genomförandestrategi' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Genomförandestrategi');
  await page
    .getByRole('region', { name: 'Eksempler' })
    .getByRole('link', { name: 'Program för Bostadsförsörjning 2015-2019' })
    .click();
  await expect(
    page.getByRole('region', { name: 'Omtalt i veiledning' }).getByRole('link', { name: 'Genomförandestrategi' }),
  ).toBeVisible();
});
