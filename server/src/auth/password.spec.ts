import { hashPassword, needsRehash, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores argon2id with at least OWASP minimum parameters and verifies only the right password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$/);
    const m = /m=(\d+)/.exec(hash)![1];
    const t = /t=(\d+)/.exec(hash)![1];
    expect(Number(m)).toBeGreaterThanOrEqual(19456);
    expect(Number(t)).toBeGreaterThanOrEqual(2);
    await expect(verifyPassword(hash, 'correct horse battery staple')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'Correct horse battery staple')).resolves.toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it('treats a corrupt hash as a wrong password rather than crashing', async () => {
    await expect(verifyPassword('not-a-hash', 'anything')).resolves.toBe(false);
  });
});
