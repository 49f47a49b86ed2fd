import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@roundtable/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../app/errors';
import { Field } from '../app/Field';
import { CreateBoardMutation, MyBoardsQuery } from './operations';

export function CreateBoardForm() {
  const [name, setName] = useState('');
  const [jurisdiction, setJurisdiction] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<{ name?: string; jurisdiction?: string }>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [createBoard, { loading }] = useMutation(CreateBoardMutation, { refetchQueries: [MyBoardsQuery] });
  const navigate = useNavigate();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setServerError(null);
    const next: typeof errors = {};
    if (name.trim().length < LIMITS.boardNameMin)
      next.name = `Give the board a name of at least ${LIMITS.boardNameMin} characters.`;
    if (!jurisdiction.trim())
      next.jurisdiction = 'Name the city, county or agency whose policy you will work on.';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    try {
      const { data } = await createBoard({
        variables: {
          input: { name: name.trim(), jurisdiction: jurisdiction.trim(), description: description.trim() },
        },
      });
      if (data?.createBoard) navigate(`/boards/${data.createBoard.id}`);
    } catch (error) {
      setServerError(describeError(error).message);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Start a board">
      <Field label="Board name" hint="For example, “Eastside Community Safety Board”." error={errors.name}>
        {(props) => (
          <input
            {...props}
            type="text"
            required
            minLength={LIMITS.boardNameMin}
            maxLength={LIMITS.boardNameMax}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Jurisdiction"
        hint="The city, county or agency whose policy the board works on."
        error={errors.jurisdiction}
      >
        {(props) => (
          <input
            {...props}
            type="text"
            required
            maxLength={LIMITS.jurisdictionMax}
            value={jurisdiction}
            onChange={(e) => setJurisdiction(e.target.value)}
          />
        )}
      </Field>
      <Field label="Description" hint="Optional. What the board is for, in a sentence or two.">
        {(props) => (
          <textarea
            {...props}
            rows={3}
            maxLength={LIMITS.descriptionMax}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      {serverError && (
        <p className="form-error" role="alert">
          {serverError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? 'Creating…' : 'Create board'}
        </button>
      </div>
    </form>
  );
}
