import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '../app/ErrorNotice';
import { describeError } from '../app/errors';
import { Field } from '../app/Field';
import { Loading } from '../app/Loading';
import type { MailMode, MailTopic } from '../gql/graphql';
import { MyEmailSettingsQuery, UpdateMyEmailSettingsMutation } from './operations';
import './mail.css';

const TOPICS: { topic: MailTopic; label: string; hint: string }[] = [
  {
    topic: 'VOTES',
    label: 'Votes',
    hint: 'A vote opens, 24 hours before it closes if you have not voted, and its result.',
  },
  {
    topic: 'MEETINGS',
    label: 'Meetings',
    hint: 'Scheduled, moved or cancelled, with a calendar invitation.',
  },
  {
    topic: 'PACKETS',
    label: 'Packets',
    hint: 'A new version is published, and officials respond to it.',
  },
  {
    topic: 'DISCUSSION',
    label: 'Mentions and replies',
    hint: 'Several within a few minutes come as one email.',
  },
];

const MODES: { mode: MailMode; label: string }[] = [
  { mode: 'NOW', label: 'Email me now' },
  { mode: 'DAILY', label: 'Daily digest' },
  { mode: 'NONE', label: 'No email' },
];

/** The signed-in person's email language and, per topic, now / daily digest / none. */
export function EmailSettingsSection() {
  const { data, loading, error } = useQuery(MyEmailSettingsQuery);
  const [save, { loading: saving }] = useMutation(UpdateMyEmailSettingsMutation);
  const [status, setStatus] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  const settings = data?.myEmailSettings;

  async function update(input: { locale?: string; preferences?: { topic: MailTopic; mode: MailMode }[] }) {
    if (!settings) return;
    setStatus(null);
    setSaveError(null);
    const changed = new Map((input.preferences ?? []).map((p) => [p.topic, p.mode]));
    const next = {
      __typename: 'EmailSettings' as const,
      locale: input.locale ?? settings.locale,
      preferences: settings.preferences.map((p) => ({ ...p, mode: changed.get(p.topic) ?? p.mode })),
    };
    try {
      await save({
        variables: { input },
        // The settings have no id to normalise by: write the answer over the query's, and show the
        // choice at once rather than after the round trip.
        optimisticResponse: { updateMyEmailSettings: next },
        update: (cache, { data: saved }) => {
          if (saved)
            cache.writeQuery({
              query: MyEmailSettingsQuery,
              data: { myEmailSettings: saved.updateMyEmailSettings },
            });
        },
      });
      setStatus('Saved.');
    } catch (e) {
      setSaveError(describeError(e).message);
    }
  }

  return (
    <section className="card" aria-labelledby="email-settings-heading">
      <h2 id="email-settings-heading">Email notifications</h2>
      {loading && !data && <Loading label="Loading your email settings…" />}
      <ErrorNotice error={error} title="We could not load your email settings" />
      {settings && (
        <form className="form" onSubmit={(e) => e.preventDefault()} aria-label="Email notifications">
          <Field label="Language of your emails">
            {(props) => (
              <select
                {...props}
                value={settings.locale}
                disabled={saving}
                onChange={(e) => void update({ locale: e.target.value })}
              >
                <option value="en">English</option>
                <option value="es">Español</option>
              </select>
            )}
          </Field>
          {TOPICS.map(({ topic, label, hint }) => {
            const mode = settings.preferences.find((p) => p.topic === topic)?.mode ?? 'NOW';
            return (
              <fieldset key={topic} className="choice-group">
                <legend>{label}</legend>
                <p className="field-hint">{hint}</p>
                <div className="choice-row">
                  {MODES.map((m) => (
                    <label key={m.mode} className="choice">
                      <input
                        type="radio"
                        name={`mail-${topic}`}
                        value={m.mode}
                        checked={mode === m.mode}
                        disabled={saving}
                        onChange={() => void update({ preferences: [{ topic, mode: m.mode }] })}
                      />{' '}
                      {m.label}
                    </label>
                  ))}
                </div>
              </fieldset>
            );
          })}
          <p className="field-hint" role="status">
            {status}
          </p>
          {saveError && (
            <p className="form-error" role="alert">
              {saveError}
            </p>
          )}
          <p className="muted small">
            Invitations are always emailed when a facilitator chooses to send one. Every email has a link to
            stop that kind of email.
          </p>
        </form>
      )}
    </section>
  );
}
