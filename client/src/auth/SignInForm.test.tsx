import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import type { ComponentProps } from 'react';
import userEvent from '@testing-library/user-event';
import { SignInMutation } from './operations';
import { SignInForm } from './SignInForm';

const credentials = { email: 'maya@riverside.example', password: 'riverside-demo' };

type Mocks = ComponentProps<typeof MockedProvider>['mocks'];

function renderForm(mocks: Mocks, onSignedIn = jest.fn()) {
  render(
    <MockedProvider mocks={mocks}>
      <SignInForm onSignedIn={onSignedIn} />
    </MockedProvider>,
  );
  return { onSignedIn, user: userEvent.setup() };
}

describe('SignInForm', () => {
  it('tells the person what is missing and does not call the server when the form is empty', async () => {
    const result = jest.fn(() => ({
      data: { signIn: { __typename: 'Viewer', id: 'u1', name: 'Maya', email: credentials.email } },
    }));
    const { user, onSignedIn } = renderForm([
      { request: { query: SignInMutation, variables: { input: credentials } }, result },
    ]);

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByText('Enter your email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address.');
    expect(result).not.toHaveBeenCalled();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('asks for a real email address before sending anything', async () => {
    const { user } = renderForm([]);
    await user.type(screen.getByLabelText('Email'), 'maya-at-riverside');
    await user.type(screen.getByLabelText('Password'), 'whatever-it-is');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter an email address like name@example.org.')).toBeInTheDocument();
  });

  it("shows the server's message when the email and password do not match", async () => {
    const { user, onSignedIn } = renderForm([
      {
        request: { query: SignInMutation, variables: { input: credentials } },
        result: {
          errors: [
            {
              message: 'That email and password do not match an account.',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        },
      },
    ]);

    await user.type(screen.getByLabelText('Email'), credentials.email);
    await user.type(screen.getByLabelText('Password'), credentials.password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That email and password do not match an account.',
    );
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('says plainly when there were too many attempts', async () => {
    const { user } = renderForm([
      {
        request: { query: SignInMutation, variables: { input: credentials } },
        result: {
          errors: [
            {
              message: 'Too many attempts. Please wait 5 minute(s) and try again.',
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 300 },
            },
          ],
        },
      },
    ]);
    await user.type(screen.getByLabelText('Email'), credentials.email);
    await user.type(screen.getByLabelText('Password'), credentials.password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Please wait 5 minute(s)');
  });

  it('signs the person in when the server accepts the password', async () => {
    const { user, onSignedIn } = renderForm([
      {
        request: { query: SignInMutation, variables: { input: credentials } },
        result: {
          data: { signIn: { __typename: 'Viewer', id: 'u1', name: 'Maya Ortiz', email: credentials.email } },
        },
      },
    ]);
    await user.type(screen.getByLabelText('Email'), `  ${credentials.email} `);
    await user.type(screen.getByLabelText('Password'), credentials.password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
