import { expect, test } from '@playwright/test';

const cases = [
  { path: '/suksessfaktorer/brukarmedverknad/', lang: 'nn', text: 'Nytte erfaringa til brukaren' },
  { path: '/suksessfaktorer/', lang: 'nn', text: 'Desse seks suksessfaktorane' },
  { path: '/veiledning/genomforandestrategi/', lang: 'sv', text: 'Genomförandestrategins syfte' },
  { path: '/eksempler/forshaga/', lang: 'sv', text: 'Ett exempel är Forshaga kommun' },
  { path: '/eksempler/stavanger/', lang: 'nb', text: 'Formålet med boligsosial handlingsplan' },
  { path: '/prosess/utarbeide-mal/', lang: 'nb', text: 'I denne fasen skal kommunen utarbeide mål.' },
];

for (const { path, lang, text } of cases) {
  test(`${path} is marked ${lang}, and the interface around it nb`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const paragraph = page.getByText(text).first();
    await expect(paragraph).toBeVisible();
    // The nearest element with a lang attribute decides how the text is read aloud.
    expect(await paragraph.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe(lang);
    for (const landmark of [
      page.getByRole('banner'),
      page.getByRole('contentinfo'),
      page.getByRole('navigation', { name: 'Hovedmeny' }),
    ]) {
      expect(await landmark.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('nb');
    }
  });
}

test('a page in another language says which language it is in', async ({ page }) => {
  await page.goto('/veiledning/genomforandestrategi/');
  await expect(page.getByText('Språk: svensk')).toBeVisible();
  await page.goto('/suksessfaktorer/kompetanse/');
  await expect(page.getByText('Språk: nynorsk')).toBeVisible();
});
