import { expect, type Locator, type Page } from '@playwright/test';

/** /drafts/:id/coverage: the toolkit coverage grid of a draft. */
export class CoveragePage {
  readonly heading: Locator;
  readonly grid: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Toolkit coverage of/ });
    this.grid = page.getByRole('list', { name: 'Toolkit components' });
  }

  async goto(draftId: string): Promise<void> {
    await this.page.goto(`/drafts/${draftId}/coverage`);
    await expect(this.heading).toBeVisible();
  }

  /** A component's card, found by its title. */
  card(title: string): Locator {
    return this.grid
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  async openChecklist(title: string): Promise<Locator> {
    const card = this.card(title);
    await card.locator('summary').click();
    return card;
  }
}

/** The "Language checks" tab of the clause panel on /drafts/:id/discuss. */
export class ClauseChecksPanel {
  readonly tab: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Checks' });
    this.list = page.getByRole('list', { name: 'Language checks on this clause' });
  }

  async open(draftId: string, clauseId: string): Promise<void> {
    await this.page.goto(`/drafts/${draftId}/discuss?clause=${clauseId}`);
    await this.tab.click();
    await expect(this.list).toBeVisible();
  }

  finding(kind: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: kind });
  }

  async dismiss(kind: string, reason: string): Promise<void> {
    const finding = this.finding(kind);
    await finding.getByRole('button', { name: /^Dismiss/ }).click();
    await finding.getByRole('textbox', { name: /Why does this not apply/ }).fill(reason);
    await finding.getByRole('button', { name: 'Dismiss with this reason' }).click();
    await expect(finding).toContainText('(dismissed)');
  }
}
