import { describeStartupFailure, StartupError } from './startup-error';

const context = { port: 3000, databaseUrl: 'postgres://roundtable:secret@db.example:5433/roundtable' };

describe('describeStartupFailure', () => {
  it('never prints a bare "undefined" for a failure that carries nothing', () => {
    const text = describeStartupFailure(undefined, context);
    expect(text).not.toBe('undefined');
    expect(text).toMatch(/no detail/);
    expect(text).toMatch(/What to do:/);
  });

  it('gives a known failure its cause and its remedy', () => {
    expect(describeStartupFailure(new StartupError('the cause.', 'the remedy.'), context)).toBe(
      'the cause.\n  What to do: the remedy.',
    );
  });

  it('names the database it could not reach, without its password', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const text = describeStartupFailure(refused, context);
    expect(text).toContain('db.example:5433/roundtable');
    expect(text).toMatch(/check DATABASE_URL/);
    expect(text).not.toContain('secret');
  });

  it('says which setting to fix for a refused password and a port in use', () => {
    expect(describeStartupFailure({ code: '28P01' }, context)).toMatch(/refused the password.*PGPASSWORD/s);
    expect(describeStartupFailure({ code: 'EADDRINUSE', port: 3000 }, context)).toMatch(
      /port 3000 is already in use.*set PORT/s,
    );
  });
});
