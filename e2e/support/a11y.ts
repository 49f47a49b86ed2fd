import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';

/** What one axe scan of one page found: rule ids by impact, with how many nodes each. */
export interface PageScan {
  page: string;
  violations: { id: string; impact: string; nodes: number; help: string; targets: string[] }[];
}

/** Impacts that fail the suite: axe's own "this blocks or seriously hinders someone". */
export const BLOCKING = new Set(['critical', 'serious']);

/**
 * Runs axe on the page as it stands (every rule axe runs by default, best practices included)
 * and attaches the findings to the test, so a failure names the page and the rule ids.
 */
export async function scanPage(page: Page, name: string, testInfo: TestInfo): Promise<PageScan> {
  const results = await new AxeBuilder({ page }).analyze();
  const scan: PageScan = {
    page: name,
    violations: results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      nodes: v.nodes.length,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    })),
  };
  if (scan.violations.length)
    await testInfo.attach(`axe ${name}`, {
      body: JSON.stringify(scan, null, 2),
      contentType: 'application/json',
    });
  return scan;
}

/** One line per page with findings: `page: rule (impact, n nodes: first target)`. */
export function describeScans(scans: PageScan[], keep: (impact: string) => boolean): string[] {
  return scans
    .map((s) => ({ page: s.page, found: s.violations.filter((v) => keep(v.impact)) }))
    .filter((s) => s.found.length > 0)
    .map(
      (s) =>
        `${s.page}: ${s.found.map((v) => `${v.id} (${v.impact}, ${v.nodes}× e.g. ${v.targets[0] ?? '?'})`).join('; ')}`,
    );
}
