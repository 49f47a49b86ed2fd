import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@roundtable/shared';
import { useState, type FormEvent } from 'react';
import { describeError } from '../app/errors';
import { Field } from '../app/Field';
import { UpdateBoardMutation } from './operations';

interface Props {
  board: { id: string; name: string; jurisdiction: string; description: string };
  onDone: () => void;
}

/** Facilitators fix a board's name, jurisdiction and description. */
export function EditBoardForm({ board, onDone }: Props) {
  const [name, setName] = useState(board.name);
  const [jurisdiction, setJurisdiction] = useState(board.jurisdiction);
  const [description, setDescription] = useState(board.description);
  const [error, setError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateBoardMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await update({
        variables: {
          input: {
            boardId: board.id,
            name: name.trim(),
            jurisdiction: jurisdiction.trim(),
            description: description.trim(),
          },
        },
      });
      onDone();
    } catch (e) {
      setError(describeError(e).message);
    }
  }

  return (
    <form className="form card" onSubmit={submit} aria-label="Edit board details">
      <Field label="Board name">
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
      <Field label="Jurisdiction">
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
      <Field label="Description">
        {(props) => (
          <textarea
            {...props}
            rows={4}
            maxLength={LIMITS.descriptionMax}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={loading}>
          Save details
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
