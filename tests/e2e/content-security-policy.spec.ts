import { expect, test, type Page } from '@playwright/test';

/** Collects every CSP violation the page reports, from the DOM event and the console. */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('every page carries a strict policy without unsafe-inline for scripts', async ({ page }) => {
  for (const path of ['/', '/prosess/utarbeide-mal/', '/sok/', '/min-fremdrift/', '/eksempler/']) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toMatch(/default-src 'self'/);
    expect(policy, path).toMatch(/object-src 'none'/);
    const scriptSrc = policy!.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
  }
});

test('search and checklists run without a single CSP violation', async ({ page }) => {
  const violations = await watchViolations(page);

  await page.goto('/prosess/utarbeide-mal/');
  await page.getByRole('searchbox', { name: 'Søk i veiviseren' }).fill('brukermedvirkning');
  const result = page.locator('#header-search-panel').getByRole('link', { name: 'Brukarmedverknad', exact: true });
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.getByRole('main').locator('mark').first()).toBeVisible();

  await page.goto('/sok/?q=plan&type=Eksempel');
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  await page
    .getByRole('group', { name: 'Land' })
    .getByRole('checkbox', { name: /^Norge/ })
    .check();

  await page.goto('/eksempler/');
  await page
    .getByRole('group', { name: 'Land' })
    .getByRole('checkbox', { name: /^Sverige/ })
    .check();

  await page.goto('/prosess/utarbeide-mal/');
  await page.getByRole('checkbox', { name: /Styringsgruppen har kvalitetssikret/ }).check();
  await page.getByRole('button', { name: 'Nullstill fasen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Nullstill' }).click();
  await page.getByRole('button', { name: 'Angre' }).click();
  await page.goto('/min-fremdrift/');
  await page.getByRole('button', { name: 'Lag delingslenke' }).click();
  await page.goto('/min-fremdrift/utskrift/');
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();

  expect(violations).toEqual([]);
});
