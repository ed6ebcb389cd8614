import { expect, test } from '@playwright/test';

test('the Stavanger example shows every section of its source and its facts', async ({ page }) => {
  await page.goto('/eksempler/stavanger/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Stavanger kommunes boligsosial handlingsplan 2018 - 2023',
  );
  for (const section of [
    'Beskrivelse av eksempelet',
    'Resultat',
    'Bakgrunn',
    'Målsettinger',
    'Beskrivelse av hvem som gjorde hva',
    'Trinn 1: Opprette prosjektteam og styringsgruppe, samt lage mandat',
    'Trinn 2: Innhente informasjon og innspill fra andre',
    'Trinn 3: Valg av innsatsområder, målsettinger og tiltak',
    'Trinn 4: Utarbeide utkast til boligsosial handlingsplan',
    'Trinn 5: Sende utkast til boligsosial handlingsplan ut på høring',
    'Trinn 6: Stavanger bystyre vedtar boligsosial handlingsplan',
    'Trinn 7: Oppfølging av boligsosial handlingsplan',
    'Finansiering',
    'Suksessfaktorer',
    'Vedlegg',
  ]) {
    await expect(page.getByRole('heading', { name: section, exact: true }).first()).toBeVisible();
  }
  const facts = page.getByRole('region', { name: 'Fakta om eksempelet' });
  for (const [term, value] of [
    ['Kommune', 'Stavanger kommune'],
    ['Fylke / län', 'Rogaland'],
    ['Land', 'Norge'],
    ['Kommunestørrelse', 'Stor'],
    ['Ansvarlig aktør', 'Stavanger kommune'],
    ['Planperiode', '2018–2023'],
  ]) {
    await expect(facts.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) })).toBeVisible();
    await expect(
      facts
        .getByRole('definition')
        .filter({ hasText: new RegExp(`^${value}$`) })
        .first(),
    ).toBeVisible();
  }
  await expect(page.getByText('Følgende fremgår av Stavanger bystyres flertallsvedtak 14.01.2019:')).toBeVisible();
  await expect(page.getByText('Husbanken, region vest')).toBeVisible();
});

test('each Stavanger step is shown on the sub-process of step 4 it belongs to', async ({ page }) => {
  await page.goto('/prosess/forfase/');
  const passages = page.getByRole('region', { name: 'Slik gjorde kommunene det' });
  await expect(
    passages.getByRole('heading', {
      name: 'Stavanger kommune: Trinn 1: Opprette prosjektteam og styringsgruppe, samt lage mandat',
    }),
  ).toBeVisible();
  await page.goto('/prosess/gjennomforingsfase/');
  await expect(
    page.getByRole('heading', { name: 'Stavanger kommune: Trinn 7: Oppfølging av boligsosial handlingsplan' }),
  ).toBeVisible();
});
