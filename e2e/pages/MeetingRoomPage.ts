import { expect, type Locator, type Page } from '@playwright/test';

/** /meetings/:id: the meeting room (agenda, attendance and quorum, votes, minutes). */
export class MeetingRoomPage {
  readonly heading: Locator;
  readonly votes: Locator;
  readonly attendance: Locator;
  readonly quorum: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.votes = page.getByRole('region', { name: 'Votes in this meeting' });
    this.attendance = page.getByRole('region', { name: /^Present/ });
    this.quorum = page.getByRole('status').filter({ hasText: / present — (quorum|no quorum set)/ });
  }

  async goto(url: string, title: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.heading).toHaveText(title);
  }

  vote(prompt: string): Locator {
    return this.votes.getByRole('article', { name: prompt });
  }

  async checkIn(): Promise<void> {
    await this.attendance.getByRole('button', { name: 'Check in — I’m here' }).click();
    await expect(this.attendance.getByRole('button', { name: 'Leave the meeting' })).toBeVisible();
  }

  async castBallot(prompt: string, choice: 'Approve' | 'Object' | 'Abstain', reason?: string): Promise<void> {
    const card = this.vote(prompt);
    await card.getByRole('radio', { name: new RegExp(`^${choice}`) }).check();
    if (reason) await card.getByRole('textbox').fill(reason);
    await card.getByRole('button', { name: 'Cast my ballot' }).click();
    await expect(card.getByText('Ballot saved. You can change it until the vote closes.')).toBeVisible();
  }

  /** Irreversible steps (closing a vote or the meeting) ask first and say what cannot be undone. */
  async confirm(title: string, confirmLabel: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: title });
    await expect(dialog).toContainText(/cannot be/);
    await dialog.getByRole('button', { name: confirmLabel }).click();
    await expect(dialog).toBeHidden();
  }

  result(prompt: string): Locator {
    return this.vote(prompt).getByRole('figure', { name: `Result of “${prompt}”` });
  }
}
