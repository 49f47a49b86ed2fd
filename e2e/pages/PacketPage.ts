import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** /drafts/:id/packet: publish versions, compare them, download, share with officials. */
export class PacketPage {
  readonly heading: Locator;
  readonly publishForm: Locator;
  readonly versions: Locator;
  readonly compare: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Recommendation packet' });
    this.publishForm = page.getByRole('region', { name: /^Publish version \d+$/ });
    this.versions = page.getByRole('region', { name: 'Published versions' });
    this.compare = page.getByRole('region', { name: 'Compare' });
  }

  async goto(draftId: string): Promise<void> {
    await this.page.goto(`/drafts/${draftId}/packet`);
    await expect(this.heading).toBeVisible();
  }

  async publish(
    version: number,
    details: { title: string; coverLetter: string; recipients: string[] },
  ): Promise<void> {
    const form = this.page.getByRole('region', { name: `Publish version ${version}` });
    await form.getByRole('textbox', { name: 'Title' }).fill(details.title);
    await form.getByRole('textbox', { name: 'Cover letter' }).fill(details.coverLetter);
    await form.getByRole('textbox', { name: 'Recipients' }).fill(details.recipients.join('\n'));
    await form.getByRole('button', { name: `Publish version ${version}` }).click();
    // Publishing is irreversible: the app asks first, saying so.
    const confirm = this.page.getByRole('dialog', { name: `Publish version ${version}?` });
    await expect(confirm).toContainText('cannot be changed or withdrawn');
    await confirm.getByRole('button', { name: `Publish version ${version}` }).click();
    await expect(confirm).toBeHidden();
    await expect(
      this.page.getByRole('status').filter({ hasText: `Version ${version} is published.` }),
    ).toBeVisible();
  }

  version(version: number): Locator {
    return this.versions
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: new RegExp(`^Version ${version}:`) }) });
  }

  async showChanges(from: string, to: string): Promise<Locator> {
    await this.compare.getByRole('combobox', { name: 'From' }).selectOption({ label: from });
    await this.compare.getByRole('combobox', { name: 'To' }).selectOption({ label: to });
    await this.compare.getByRole('button', { name: 'Show changes' }).click();
    const redline = this.compare.getByRole('region', { name: `Changes from ${from} to ${to}` });
    await expect(redline).toBeVisible();
    return redline;
  }

  async download(version: number, format: string): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.versions.getByRole('link', { name: `${format} of version ${version}` }).click(),
    ]);
    return download;
  }

  /** Opens a version's details (responses, share links, the packet itself) unless already open. */
  async openVersion(version: number): Promise<Locator> {
    const item = this.version(version);
    const toggle = item.getByRole('button', { name: new RegExp(`^(Open|Hide) version ${version}$`) });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    return item;
  }

  async createShareLink(version: number, label: string): Promise<string> {
    const item = await this.openVersion(version);
    const share = item.getByRole('region', { name: `Share version ${version} with officials` });
    await share.getByRole('textbox', { name: 'Who is it for? (optional)' }).fill(label);
    await share.getByRole('button', { name: 'Create share link' }).click();
    const link = share.getByRole('textbox', { name: 'Share link' });
    await expect(link).toHaveValue(/\/p\/\S+$/);
    return link.inputValue();
  }
}
