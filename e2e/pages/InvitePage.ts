import { expect, type Locator, type Page } from '@playwright/test';

export interface NewAccount {
  name: string;
  email: string;
  password: string;
}

/** /invite/:token: what the invitation is for, an account form when signed out, then "Join board". */
export class InvitePage {
  readonly heading: Locator;
  readonly signUpForm: Locator;
  readonly joinButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.signUpForm = page.getByRole('form', { name: 'Create an account' });
    this.joinButton = page.getByRole('button', { name: 'Join board' });
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByText('You are invited')).toBeVisible();
  }

  async expectInvitation(boardName: string, role: string): Promise<void> {
    await expect(this.heading).toHaveText(boardName);
    await expect(this.page.getByText(`invited you to join as`)).toContainText(role);
  }

  async signUp(account: NewAccount): Promise<void> {
    await this.signUpForm.getByRole('textbox', { name: 'Name' }).fill(account.name);
    await this.signUpForm.getByRole('textbox', { name: 'Email' }).fill(account.email);
    await this.signUpForm.getByLabel('Password', { exact: true }).fill(account.password);
    await this.signUpForm.getByRole('button', { name: 'Create account' }).click();
  }

  async join(): Promise<void> {
    await this.joinButton.click();
  }
}
