import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describeError } from './errors';

function graphQLError(code: string, message: string) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });
}

describe('describeError', () => {
  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED'])(
    'passes the server message through for %s, which the server writes for people',
    (code) => {
      expect(describeError(graphQLError(code, 'A sentence for a person.'))).toEqual({
        code,
        message: 'A sentence for a person.',
      });
    },
  );

  it('asks for a reload when the server no longer understands our query', () => {
    const problem = describeError(
      graphQLError('GRAPHQL_VALIDATION_FAILED', 'Cannot query field "x" on type "Board".'),
    );
    expect(problem.code).toBe('OUTDATED');
    expect(problem.message).not.toContain('Cannot query field');
  });

  it('never shows a raw message from an unknown code', () => {
    const problem = describeError(
      graphQLError('SOMETHING_ODD', 'TypeError: cannot read properties of undefined'),
    );
    expect(problem.code).toBe('INTERNAL');
    expect(problem.message).not.toContain('TypeError');
  });

  it('reads the errors out of a non-200 response body', () => {
    const body = JSON.stringify({
      errors: [{ message: 'Please enter a valid email address.', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    const error = new ServerError('Response not successful', {
      response: { status: 400 } as Response,
      bodyText: body,
    });
    expect(describeError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Please enter a valid email address.',
    });
  });

  it('says the connection is the problem when fetch fails', () => {
    expect(describeError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });
});
