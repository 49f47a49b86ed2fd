import { describeResponder } from './responder';

describe('describeResponder', () => {
  it('shows a response as submitted through the link, with the name as given, not as an identity', () => {
    expect(
      describeResponder({
        responderName: 'Chief Ramos',
        responderRole: 'Chief of Police',
        shareLinkLabel: 'Chief',
      }),
    ).toBe('submitted through the share link “Chief” · name given: Chief Ramos (Chief of Police)');
    expect(describeResponder({ responderName: 'Anyone', responderRole: '', shareLinkLabel: null })).toBe(
      'submitted through a share link · name given: Anyone',
    );
  });
});
