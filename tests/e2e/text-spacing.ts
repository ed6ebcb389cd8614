import type { Page } from '@playwright/test';

/** The text spacing WCAG 1.4.12 asks content to survive, as the usual bookmarklet applies it. */
const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/** Applies it through the CSSOM: the site's Content-Security-Policy refuses an injected <style>. */
export const applyTextSpacing = (page: Page) =>
  page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, TEXT_SPACING);
