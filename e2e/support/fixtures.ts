import fs from 'node:fs';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { baseUrl, e2eRoot } from './state';

export const screenshotDir = path.join(e2eRoot, 'test-results', 'screenshots');
/** Numbered across the run (one worker), so the files sort in the order a person saw the pages. */
let n = 0;

/** Playwright's test with baseURL pointing at the server global setup started. */
export const test = base.extend<{
  /** Saves and attaches a screenshot: the whole page, or with `{ fullPage: false }` what the window shows. */
  capture: (page: Page, name: string, options?: { fullPage?: boolean }) => Promise<void>;
}>({
  // Playwright reads a fixture's dependencies from its first parameter, so it must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    await use(baseUrl());
  },
  // eslint-disable-next-line no-empty-pattern
  capture: async ({}, use, testInfo) => {
    await use(async (page, name, options) => {
      fs.mkdirSync(screenshotDir, { recursive: true });
      n += 1;
      const file = path.join(screenshotDir, `${String(n).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path: file, fullPage: options?.fullPage ?? true });
      await testInfo.attach(name, { path: file, contentType: 'image/png' });
    });
  },
});

export { expect } from '@playwright/test';
