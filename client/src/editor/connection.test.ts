import { CloseCode, isRetryableClose } from '@roundtable/shared';
import { explainClose, statusLabel, unsentLabel, wsOrigin } from './connection';

describe('connection wording', () => {
  it('asks for a reload when the server says the editor is outdated', () => {
    expect(explainClose(CloseCode.OUTDATED_CLIENT)).toEqual({
      message: expect.stringContaining('Reload to get the latest editor'),
      action: 'reload',
    });
  });

  it('sends the person to sign in when the session is gone', () => {
    expect(explainClose(CloseCode.UNAUTHENTICATED).action).toBe('sign-in');
  });

  it('explains every close that will not be retried', () => {
    const terminal = Object.values(CloseCode).filter((code) => !isRetryableClose(code));
    for (const code of terminal) expect(explainClose(code).message).not.toMatch(/could not reconnect/);
  });

  it('says edits are not sent while offline, without a keystroke count', () => {
    expect(statusLabel({ kind: 'offline' }, 23)).toBe('Offline: edits not sent yet');
    expect(statusLabel({ kind: 'offline' }, 1)).toBe('Offline: edits not sent yet');
    expect(statusLabel({ kind: 'offline' }, 0)).toBe('Offline: reconnecting…');
    expect(statusLabel({ kind: 'connected' }, 0)).toBe('Connected');
    expect(statusLabel({ kind: 'syncing' }, 0)).toBe('Syncing…');
  });

  it('keeps only the offline or unsent state for the sticky toolbar', () => {
    expect(unsentLabel({ kind: 'offline' }, 0)).toBe('Offline: reconnecting…');
    expect(unsentLabel({ kind: 'offline' }, 4)).toBe('Offline: edits not sent yet');
    expect(unsentLabel({ kind: 'syncing' }, 4)).toBe('Edits not sent yet');
    expect(unsentLabel({ kind: 'syncing' }, 0)).toBeNull();
    expect(unsentLabel({ kind: 'connected' }, 0)).toBeNull();
  });

  it('uses wss beside https', () => {
    expect(wsOrigin({ protocol: 'https:', host: 'rt.example.org' })).toBe('wss://rt.example.org');
    expect(wsOrigin({ protocol: 'http:', host: 'localhost:4020' })).toBe('ws://localhost:4020');
  });
});
