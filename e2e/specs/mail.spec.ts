import crypto from 'node:crypto';
import { LoginPage } from '../pages/LoginPage';
import { expect, test } from '../support/fixtures';

const FACILITATOR = { email: 'facilitator@riverside.example', password: 'riverside-demo' };
const BOARD = 'Riverside Community Police Advisory Board';

test('a facilitator emails an invitation, reads it in the outbox, and sets their own email preferences', async ({
  page,
  capture,
}) => {
  const address = `sam.${crypto.randomBytes(3).toString('hex')}@riverside.example`;

  await test.step('sign in and open the demo board', async () => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(FACILITATOR.email, FACILITATOR.password);
    await page.getByRole('link', { name: BOARD }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: BOARD })).toBeVisible();
  });

  await test.step('create an invitation with "Email the invitation" ticked', async () => {
    const form = page.getByRole('form', { name: 'Create an invitation link' });
    await form.getByRole('checkbox', { name: 'Email the invitation' }).check();
    await form.getByRole('textbox', { name: 'Email address' }).fill(address);
    await form.getByRole('button', { name: 'Create invitation link' }).click();
    await expect(page.getByText(`It is also on its way by email to ${address}.`)).toBeVisible();
    // The copy-link path is still there.
    await expect(page.getByRole('textbox', { name: 'Invitation link' })).toHaveValue(/\/invite\//);
  });

  await test.step('the message waits in the outbox, since this server has no SMTP_URL', async () => {
    const outbox = page.getByRole('region', { name: 'Outbox' });
    // The queue files it within a poll; reload until it shows (bounded by the expect timeout).
    await expect(async () => {
      await page.reload();
      await expect(outbox.getByText(`To ${address}`, { exact: false })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await outbox.getByText(`Invitation to ${BOARD}`).first().click();
    await expect(outbox.getByText('Accept the invitation:').first()).toBeVisible();
    await outbox.scrollIntoViewIfNeeded();
    await capture(page, 'board-outbox');
  });

  await test.step('the account page sets the email language and a daily digest for meetings', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: /your account and email settings/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    const meetings = page.getByRole('group', { name: 'Meetings' });
    await meetings.getByRole('radio', { name: 'Daily digest' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Language of your emails' }).selectOption('es');
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole('group', { name: 'Meetings' }).getByRole('radio', { name: 'Daily digest' }),
    ).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Language of your emails' })).toHaveValue('es');
    await capture(page, 'account-email-settings-390');
    // Leave the demo facilitator as they were, for other specs.
    await page.getByRole('group', { name: 'Meetings' }).getByRole('radio', { name: 'Email me now' }).check();
    await page.getByRole('combobox', { name: 'Language of your emails' }).selectOption('en');
    await expect(page.getByRole('combobox', { name: 'Language of your emails' })).toHaveValue('en');
  });
});
