import { ConfigError, loadConfig } from './config';

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
});
