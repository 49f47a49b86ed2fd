import { expect, type Locator, type Page, type WebSocket } from '@playwright/test';

/** y-websocket message types (first byte) and sync sub-types (second byte). */
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** /drafts/:id: the live policy editor (clauses, connection status, presence, others' carets). */
export class DraftEditorPage {
  readonly heading: Locator;
  readonly editor: Locator;
  readonly status: Locator;
  /** The sticky toolbar's copy of the offline/unsent state (absent while all is sent). */
  readonly toolbarStatus: Locator;
  readonly presence: Locator;
  readonly readOnlyNote: Locator;
  /** The header's "last changed" time (its machine-readable datetime moves with accepted edits). */
  readonly lastChanged: Locator;
  /** Document changes this page sent to the sync server (sync step 2 and updates), counted from creation. */
  private documentFramesSent = 0;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.editor = page.getByRole('textbox', { name: 'Policy text' });
    this.status = page.locator('.connection-bar .connection-status');
    this.toolbarStatus = page.locator('.editor-toolbar').getByRole('status');
    this.presence = page.locator('.presence');
    this.readOnlyNote = page.getByText('Read only', { exact: true });
    this.lastChanged = page.locator('header.draft-header time');
    page.on('websocket', (ws: WebSocket) => {
      if (!new URL(ws.url()).pathname.startsWith('/collab/')) return;
      ws.on('framesent', ({ payload }) => {
        if (typeof payload === 'string') return;
        if (payload[0] === MESSAGE_SYNC && (payload[1] === SYNC_STEP_2 || payload[1] === SYNC_UPDATE))
          this.documentFramesSent++;
      });
    });
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.expectConnected();
  }

  async expectConnected(): Promise<void> {
    await expect(this.status).toHaveText('Connected');
    await expect(this.editor.locator('.clause').first()).toBeVisible();
  }

  /** The body text (first paragraph) of the clause at `index` (0-based). */
  clauseBody(index: number): Locator {
    return this.editor.locator('.clause').nth(index).locator('p:not(.clause-chips)').first();
  }

  /** Clicks into a clause's text, goes to the end of that line and types, as a person would. */
  async typeInClause(index: number, text: string): Promise<void> {
    await this.clauseBody(index).click();
    await this.page.keyboard.press('End');
    await this.page.keyboard.type(text, { delay: 15 });
  }

  /** A clause's text as written, without the name labels of other people's carets in it. */
  clauseText(index: number): Promise<string> {
    return this.clauseBody(index).evaluate((body) => {
      const copy = body.cloneNode(true) as typeof body;
      copy
        .querySelectorAll('.collaboration-carets__caret')
        .forEach((caret: { remove(): void }) => caret.remove());
      return copy.textContent ?? '';
    });
  }

  /** The whole document's text as written (every clause), without other people's caret labels. */
  documentText(): Promise<string> {
    return this.editor.evaluate((editor) => {
      const copy = editor.cloneNode(true) as typeof editor;
      copy
        .querySelectorAll('.collaboration-carets__caret')
        .forEach((caret: { remove(): void }) => caret.remove());
      return copy.textContent ?? '';
    });
  }

  /** Someone else's caret in the text, labelled with their name. */
  caretOf(name: string): Locator {
    return this.editor.locator('.collaboration-carets__label', { hasText: name });
  }

  /** Whether the editor accepts input (ProseMirror's contenteditable). */
  contentEditable(): Promise<string | null> {
    return this.editor.getAttribute('contenteditable');
  }

  /** Sync step 2 and update frames this page sent over the collab socket. */
  get documentChangesSent(): number {
    return this.documentFramesSent;
  }
}
