import { expect, type Locator, type Page } from '@playwright/test';

export interface NewBoard {
  name: string;
  jurisdiction: string;
  description?: string;
}

/** /boards: the boards a person belongs to, and the form to start one. */
export class BoardsPage {
  readonly heading: Locator;
  readonly boards: Locator;
  readonly createForm: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.boards = page.getByRole('region', { name: 'Your boards' });
    this.createForm = page.getByRole('form', { name: 'Start a board' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/boards');
    await this.expectLoaded();
  }

  /** Through the header's navigation, as a person would. */
  async openFromNavigation(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My boards' })
      .click();
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL(/\/boards$/);
    await expect(this.boards.getByRole('heading', { name: 'Your boards' })).toBeVisible();
  }

  boardLink(name: string): Locator {
    return this.boards.getByRole('link', { name, exact: true });
  }

  /** The card of one board in the list (name, jurisdiction, member count, the person's role). */
  boardCard(name: string): Locator {
    // `has` is matched inside each list item, so the link locator must not repeat the region.
    return this.boards
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async openBoard(name: string): Promise<void> {
    await this.boardLink(name).click();
  }

  async createBoard(board: NewBoard): Promise<void> {
    await this.createForm.getByRole('textbox', { name: 'Board name' }).fill(board.name);
    await this.createForm.getByRole('textbox', { name: 'Jurisdiction' }).fill(board.jurisdiction);
    if (board.description)
      await this.createForm.getByRole('textbox', { name: 'Description' }).fill(board.description);
    await this.createForm.getByRole('button', { name: 'Create board' }).click();
  }
}
