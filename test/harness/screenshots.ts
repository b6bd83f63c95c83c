import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { VIEWPORT } from './browser';

/**
 * Where screenshots go: the README's docs/screenshots when `UPDATE_SCREENSHOTS=1`
 * (`npm run screenshots`), otherwise test/.artifacts/screenshots, so an ordinary test run
 * never rewrites committed files (their temp paths differ on every run).
 */
export const SCREENSHOT_DIR = fileURLToPath(
  new URL(process.env.UPDATE_SCREENSHOTS === '1' ? '../../docs/screenshots' : '../.artifacts/screenshots', import.meta.url),
);

/**
 * Saves the visible window (1280×800) as <SCREENSHOT_DIR>/<name>.png, once fonts are loaded
 * and with the caret and animations stilled, so two runs over the same data look alike.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.screenshot({ path, clip: { x: 0, y: 0, ...VIEWPORT }, animations: 'disabled', caret: 'hide' });
  return path;
}
