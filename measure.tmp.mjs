import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto('http://127.0.0.1:4399/prosess/kommuneplanens-samfunnsdel/');
const widths = await page.evaluate(() => {
  const h = document.querySelector('[data-site-header] > div');
  return [...h.children].map((c) => [c.tagName, Math.round(c.getBoundingClientRect().width)]).concat([['ul-scroll', document.querySelector('[data-site-header] nav ul').scrollWidth]]);
});
console.log(widths);
const natural = await page.evaluate(() => [...document.querySelectorAll('[data-site-header] nav li')].reduce((sum, li) => sum + li.getBoundingClientRect().width, 0));
console.log('li sum', natural);
await browser.close();
