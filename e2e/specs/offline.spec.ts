import crypto from 'node:crypto';
import { DraftEditorPage } from '../pages/DraftEditorPage';
import { openDemoDraft, signedIn } from '../support/demo';
import { expect, test } from '../support/fixtures';

/*
 * Offline editing, with the browser's own offline switch. Chromium's offline emulation
 * (context.setOffline) does NOT close a WebSocket that is already open: outgoing frames keep
 * flowing on it (seen while writing this spec). What stops it is the editor itself: on the window's
 * `offline` event it disconnects the provider (useCollabSession). Its close handshake then cannot
 * finish (nothing comes in while offline), so the browser keeps the socket in CLOSING and
 * Playwright never reports it closed; the proof that the page went quiet is that it sends no
 * document change while offline. The tests do not force the socket shut themselves: that would
 * hide a regression in the editor's own offline handling, and an edit leaking over a socket that
 * should be dead would make them pass without testing offline editing at all.
 */

const OFFLINE_WITH_CHANGES = /^Offline: edits not sent yet/;

/**
 * Takes the page's browser context offline and waits until the editor says so; returns how many
 * document changes the page had sent, so callers can check it sends none while offline.
 */
async function goOffline(editor: DraftEditorPage): Promise<number> {
  await editor.page.context().setOffline(true);
  await expect(editor.status).toHaveText(/^Offline/);
  return editor.documentChangesSent;
}

test('a member edits offline while another edits online; when the first comes back, both see both edits', async ({
  browser,
  baseURL,
  capture,
}) => {
  const run = crypto.randomBytes(3).toString('hex');
  const offlineWords = ` offline-Darnell-${run}`;
  const onlineWords = ` online-Priya-${run}`;
  const darnellPage = await signedIn(browser, baseURL!, 'darnell@riverside.example');
  const priyaPage = await signedIn(browser, baseURL!, 'priya@riverside.example');
  try {
    const draftUrl = await openDemoDraft(darnellPage);
    const darnell = new DraftEditorPage(darnellPage);
    const priya = new DraftEditorPage(priyaPage);
    await darnell.expectConnected();
    await priya.goto(draftUrl);

    const sentBefore = await test.step('Darnell goes offline and his socket closes', () =>
      goOffline(darnell));

    await test.step('Darnell edits the first clause offline while Priya edits the second online', async () => {
      await darnell.typeInClause(0, offlineWords);
      await priya.typeInClause(1, onlineWords);
      await expect(darnell.status).toHaveText(OFFLINE_WITH_CHANGES);
      // The header scrolls away in a long draft; the sticky toolbar keeps saying it.
      await expect(darnell.toolbarStatus).toHaveText(OFFLINE_WITH_CHANGES);
      expect(await darnell.clauseText(0)).toContain(offlineWords.trim());
      // Nothing left Darnell's page, so Priya cannot have his words, and he has not got hers.
      expect(darnell.documentChangesSent).toBe(sentBefore);
      expect(await priya.clauseText(0)).not.toContain(offlineWords.trim());
      expect(await darnell.clauseText(1)).not.toContain(onlineWords.trim());
      await capture(darnellPage, 'offline-changes-not-sent');
    });

    await test.step('Darnell comes back online; both converge on text with both edits', async () => {
      await darnellPage.context().setOffline(false);
      await expect(darnell.status).toHaveText('Connected', { timeout: 20_000 });
      await expect(darnell.toolbarStatus).toHaveCount(0);
      await expect.poll(() => priya.clauseText(0), { timeout: 20_000 }).toContain(offlineWords.trim());
      await expect.poll(() => darnell.clauseText(1), { timeout: 20_000 }).toContain(onlineWords.trim());
      await expect
        .poll(async () => (await darnell.documentText()) === (await priya.documentText()), {
          timeout: 20_000,
        })
        .toBe(true);
      expect(await priya.clauseText(1)).toContain(onlineWords.trim());
    });
  } finally {
    await darnellPage.context().close();
    await priyaPage.context().close();
  }
});

test('an edit made offline survives closing the tab; reopening the draft online sends it to the server', async ({
  browser,
  baseURL,
}) => {
  const run = crypto.randomBytes(3).toString('hex');
  const offlineWords = ` closed-tab-Darnell-${run}`;
  const darnellPage = await signedIn(browser, baseURL!, 'darnell@riverside.example');
  const priyaPage = await signedIn(browser, baseURL!, 'priya@riverside.example');
  const context = darnellPage.context();
  try {
    const draftUrl = await openDemoDraft(darnellPage);
    const darnell = new DraftEditorPage(darnellPage);
    const priya = new DraftEditorPage(priyaPage);
    await darnell.expectConnected();
    await priya.goto(draftUrl);

    await test.step('Darnell goes offline, edits, and closes the tab while still offline', async () => {
      const sentBefore = await goOffline(darnell);
      await darnell.typeInClause(2, offlineWords);
      await expect(darnell.status).toHaveText(OFFLINE_WITH_CHANGES);
      expect(darnell.documentChangesSent).toBe(sentBefore);
      await darnellPage.close();
      expect(await priya.clauseText(2)).not.toContain(offlineWords.trim());
    });

    await test.step('back online, a new tab in the same browser opens the draft and the edit is there', async () => {
      await context.setOffline(false);
      const reopened = new DraftEditorPage(await context.newPage());
      await reopened.goto(draftUrl);
      await expect.poll(() => reopened.clauseText(2)).toContain(offlineWords.trim());
    });

    await test.step('the edit reached the server: Priya sees it live, and a fresh browser loads it', async () => {
      await expect.poll(() => priya.clauseText(2), { timeout: 20_000 }).toContain(offlineWords.trim());
      // A new context has no local copy, so what it shows came from the server.
      const facilitatorPage = await signedIn(browser, baseURL!, 'facilitator@riverside.example');
      try {
        const facilitator = new DraftEditorPage(facilitatorPage);
        await facilitator.goto(draftUrl);
        await expect.poll(() => facilitator.clauseText(2)).toContain(offlineWords.trim());
      } finally {
        await facilitatorPage.context().close();
      }
    });
  } finally {
    await context.close();
    await priyaPage.context().close();
  }
});
