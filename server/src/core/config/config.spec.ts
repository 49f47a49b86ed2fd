import { ConfigError, loadConfig } from './config';

// A password as `openssl rand -base64` makes them, and worse: every character a URL gives meaning.
const HOSTILE = 'a/b+c@d:e%f#g?h&i=j/k 25%2F';

describe('loadConfig', () => {
  it('gives working defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.publicOrigin).toBe('http://localhost:3000');
    expect(config.graphqlIntrospection).toBe(false);
    expect(config.secureCookies).toBe(false);
  });

  it('names the variable a person got wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET.*at least 32/);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(ConfigError);
  });

  it('uses secure cookies behind an https origin and keeps extra allowed origins', () => {
    const config = loadConfig({
      PUBLIC_ORIGIN: 'https://rt.example.org/',
      ALLOWED_ORIGINS: 'http://localhost:5173, ',
    });
    expect(config.secureCookies).toBe(true);
    expect(config.allowedOrigins).toEqual(['https://rt.example.org', 'http://localhost:5173']);
  });

  it('takes the database password from PGPASSWORD, whatever characters it holds', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://roundtable@postgres:5432/roundtable',
      PGPASSWORD: HOSTILE,
    });
    // How node-postgres reads it (pg-connection-string): WHATWG URL, then decodeURIComponent.
    const url = new URL(config.databaseUrl!);
    expect(decodeURIComponent(url.password)).toBe(HOSTILE);
    expect([url.username, url.hostname, url.port, url.pathname]).toEqual([
      'roundtable',
      'postgres',
      '5432',
      '/roundtable',
    ]);
  });

  it('refuses a DATABASE_URL that a raw password broke, and says how to pass one', () => {
    expect(() =>
      loadConfig({ DATABASE_URL: `postgres://roundtable:ab/c#d@postgres:5432/roundtable` }),
    ).toThrow(/percent-encoded.*PGPASSWORD/);
  });

  it('sends mail to the outbox without SMTP_URL and refuses a malformed mail setting', () => {
    const plain = loadConfig({ PUBLIC_ORIGIN: 'https://rt.example.org' });
    expect(plain.smtpUrl).toBeUndefined();
    expect(plain.mailFrom).toBe('Roundtable <roundtable@rt.example.org>');
    const smtp = loadConfig({
      SMTP_URL: 'smtps://u:p@mail.example.org:465',
      MAIL_FROM: 'Board <b@city.example>',
    });
    expect(smtp.smtpUrl).toBe('smtps://u:p@mail.example.org:465');
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ MAIL_DIGEST_SECONDS: '0' })).toThrow(/MAIL_DIGEST_SECONDS/);
  });
});
