import { expect, type Locator, type Page } from '@playwright/test';

/** /signin: "Welcome back", the sign-in form. */
export class LoginPage {
  readonly heading: Locator;
  readonly form: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Welcome back' });
    this.form = page.getByRole('form', { name: 'Sign in' });
    this.email = this.form.getByRole('textbox', { name: 'Email' });
    // A password input has no ARIA role; its label is the accessible way to reach it.
    this.password = this.form.getByLabel('Password', { exact: true });
    this.submit = this.form.getByRole('button', { name: 'Sign in' });
    this.error = this.form.getByRole('alert');
  }

  async goto(): Promise<void> {
    await this.page.goto('/signin');
    await expect(this.heading).toBeVisible();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
