import { expect, type Locator, type Page } from '@playwright/test';

export type RoleLabel = 'Facilitator' | 'Member' | 'Observer';

/** /boards/:id: drafts, members and roles, and (for facilitators) invitation links. */
export class BoardPage {
  readonly heading: Locator;
  readonly drafts: Locator;
  readonly members: Locator;
  readonly invitations: Locator;
  readonly invitationForm: Locator;
  readonly invitationLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.drafts = page.getByRole('region', { name: 'Drafts' });
    this.members = page.getByRole('region', { name: 'Members' });
    this.invitations = page.getByRole('region', { name: 'Invite people' });
    this.invitationForm = this.invitations.getByRole('form', { name: 'Create an invitation link' });
    this.invitationLink = this.invitations.getByRole('textbox', { name: 'Invitation link' });
  }

  async expectBoard(name: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/boards\/[0-9a-f-]{36}$/);
    await expect(this.heading).toHaveText(name);
  }

  /** "Your role: Member" in the board's header. */
  myRole(role: RoleLabel): Locator {
    return this.page.getByText(`Your role: ${role}`, { exact: true });
  }

  member(name: string): Locator {
    return this.members.getByRole('listitem').filter({ hasText: name });
  }

  /** The role badge shown to people who cannot change roles. */
  memberRole(name: string, role: RoleLabel): Locator {
    return this.member(name).getByText(role, { exact: true });
  }

  /** The role picker facilitators see for everyone but themselves; its value is the role enum. */
  memberRolePicker(name: string): Locator {
    return this.members.getByRole('combobox', { name: `Role for ${name}` });
  }

  /** Creates a link for one person with the given role and returns its URL (shown only once). */
  async createInvitation(role: RoleLabel, note?: string): Promise<string> {
    await this.invitationForm.getByRole('combobox', { name: 'Role' }).selectOption({ label: role });
    if (note) await this.invitationForm.getByRole('textbox', { name: 'Note (optional)' }).fill(note);
    await this.invitationForm.getByRole('button', { name: 'Create invitation link' }).click();
    await expect(this.invitationLink).toBeVisible();
    await expect(this.invitationLink).toHaveValue(/\/invite\/\S+$/);
    return this.invitationLink.inputValue();
  }

  draftLinks(): Locator {
    return this.drafts.getByRole('listitem').getByRole('link');
  }
}
