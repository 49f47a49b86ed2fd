import { expect, type Locator, type Page } from '@playwright/test';

export type StartingPoint = 'Blank' | 'Toolkit template' | "The department's current policy";

/** The "Start a draft" form on a board page, including the import review step. */
export class NewDraftForm {
  readonly form: Locator;
  readonly review: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Start a draft' });
    this.review = this.form.getByRole('region', { name: /^Review the split/ });
  }

  async gotoBoard(boardId: string): Promise<void> {
    await this.page.goto(`/boards/${boardId}`);
    await expect(this.form).toBeVisible();
  }

  async choose(title: string, start: StartingPoint): Promise<void> {
    await this.form.getByRole('textbox', { name: 'New draft title' }).fill(title);
    await this.form
      .getByRole('radio', { name: new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      .check();
  }

  async pastePolicy(text: string, sourceName: string): Promise<void> {
    await this.form.getByRole('radio', { name: 'Paste the text' }).check();
    await this.form.getByRole('textbox', { name: 'Policy text' }).fill(text);
    await this.form.getByRole('textbox', { name: 'Name of the source (optional)' }).fill(sourceName);
    await this.form.getByRole('button', { name: 'Read and split into clauses' }).click();
    await expect(this.review).toBeVisible();
  }

  componentOf(clauseNumber: number): Locator {
    return this.review.getByRole('combobox', { name: `Component of clause ${clauseNumber}` });
  }

  async create(buttonName: RegExp | string): Promise<void> {
    await this.form.getByRole('button', { name: buttonName }).click();
    await expect(this.page).toHaveURL(/\/drafts\/[0-9a-f-]{36}$/);
  }
}
