/** Contrast as WCAG 2.1 defines it, for colours as the browser computes them (any CSS syntax). */
import type { Page } from '@playwright/test';

/** sRGB channels of CSS colours, converted by the browser (Tailwind's colours are oklch). */
const toRgb = (page: Page, colours: string[]) =>
  page.evaluate((list) => {
    const canvas = Object.assign(document.createElement('canvas'), { width: 1, height: 1 });
    const context = canvas.getContext('2d')!;
    return list.map((colour) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data].slice(0, 3);
    });
  }, colours);

const luminance = (rgb: number[]) => {
  const [r, g, b] = rgb.map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

export async function contrastRatio(page: Page, foreground: string, background: string): Promise<number> {
  const [light, dark] = (await toRgb(page, [foreground, background])).map(luminance).sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}
