import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { expect, test } from '@playwright/test';
import { DIST, htmlPages } from './built-site';
import { join } from 'node:path';

test('every built page is valid HTML (html-validate, recommended rules)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = htmlPages();
  expect(pages.length).toBeGreaterThan(40);
  const reports = await Promise.all(pages.map((page) => validator.validateFile(join(DIST, page))));
  const failing = reports.filter((report) => !report.valid);
  const text = failing.length > 0 ? formatterFactory('text')(failing.flatMap((report) => report.results)) : '';
  expect(text).toBe('');
});
