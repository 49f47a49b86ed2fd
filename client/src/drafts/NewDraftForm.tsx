import { useMutation } from '@apollo/client/react';
import { CATALOGUE, LIMITS, TOOLKIT_TEMPLATE } from '@roundtable/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../app/errors';
import { Field } from '../app/Field';
import { BoardQuery } from '../boards/operations';
import type { DraftStart } from '../gql/graphql';
import {
  fileToBase64,
  importedPolicy,
  importFileProblem,
  IMPORT_FILE_TYPES,
  mergeWithPrevious,
  splitAt,
  clauseLines,
  type ReviewClause,
} from './importFile';
import { CreateDraftMutation, PreviewPolicyImportMutation } from './operations';
import './drafts.css';

const STARTS: { value: DraftStart; label: string; description: string }[] = [
  { value: 'BLANK', label: 'Blank', description: 'An empty draft. Add clauses yourself.' },
  {
    value: 'TEMPLATE',
    label: 'Toolkit template',
    description: `${TOOLKIT_TEMPLATE.length} starting clauses, one per toolkit component, with drafting notes and [placeholders] to fill in. Scaffolding, not finished policy.`,
  },
  {
    value: 'IMPORT',
    label: "The department's current policy",
    description:
      'Paste it or upload a .txt or .docx file. You review how it is split into clauses; the original is kept so you can compare your draft with it later.',
  },
];

interface Preview {
  sourceName: string;
  sourceKind: string;
  text: string;
  sha256: string;
}

/** Start a draft: blank, from the toolkit template, or from the department's policy (with a review step). */
export function NewDraftForm({ boardId }: { boardId: string }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string | null>(null);
  const [start, setStart] = useState<DraftStart>('BLANK');
  const [error, setError] = useState<string | null>(null);
  const steps = useImportSteps();
  const { preview, clauses } = steps;
  const [createDraft, { loading: creating }] = useMutation(CreateDraftMutation, {
    refetchQueries: [{ query: BoardQuery, variables: { id: boardId } }],
  });
  const groupId = useId();

  function checkTitle(): string | null {
    const value = title.trim();
    if (value.length < LIMITS.draftTitleMin) {
      setTitleError('Give the new draft a title, for example “Use of force policy, 2025 revision”.');
      return null;
    }
    setTitleError(null);
    return value;
  }

  async function create(event?: FormEvent) {
    event?.preventDefault();
    const value = checkTitle();
    if (!value) return;
    if (start === 'IMPORT' && !preview) {
      setError('Read the department policy first, then review the clauses.');
      return;
    }
    setError(null);
    try {
      const result = await createDraft({
        variables: {
          input: {
            boardId,
            title: value,
            start,
            imported: start === 'IMPORT' && preview ? importedPolicy(preview, clauses) : null,
          },
        },
      });
      const id = result.data?.createDraft.id;
      if (id) void navigate(`/drafts/${id}`);
    } catch (e) {
      setError(describeError(e).message);
    }
  }

  return (
    <form className="new-draft" onSubmit={create} noValidate aria-labelledby={`${groupId}-title`}>
      <h3 id={`${groupId}-title`}>Start a draft</h3>
      <Field label="New draft title" error={titleError}>
        {(props) => (
          <input
            {...props}
            type="text"
            required
            maxLength={LIMITS.draftTitleMax}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Field>
      <fieldset className="start-choices">
        <legend>How should it start?</legend>
        {STARTS.map((s) => (
          <label key={s.value} className={`start-choice${start === s.value ? ' selected' : ''}`}>
            <input
              type="radio"
              name={`${groupId}-start`}
              value={s.value}
              checked={start === s.value}
              onChange={() => {
                setStart(s.value);
                setError(null);
              }}
              aria-describedby={`${groupId}-${s.value}`}
            />
            <span>
              <strong>{s.label}</strong>
              <span className="start-description" id={`${groupId}-${s.value}`}>
                {s.description}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {start === 'IMPORT' && <ImportSteps boardId={boardId} steps={steps} onRead={() => setError(null)} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {(start !== 'IMPORT' || preview) && (
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={creating}>
            {creating
              ? 'Creating…'
              : start === 'IMPORT'
                ? `Create draft from ${clauses.length} clause${clauses.length === 1 ? '' : 's'}`
                : start === 'TEMPLATE'
                  ? 'Create draft from the template'
                  : 'Create draft'}
          </button>
        </div>
      )}
    </form>
  );
}

/** The state of an import: what was read (once it has been) and the clauses as reviewed so far. */
export function useImportSteps() {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [clauses, setClauses] = useState<ReviewClause[]>([]);
  return {
    preview,
    clauses,
    setClauses,
    read(p: Preview, split: ReviewClause[]) {
      setPreview(p);
      setClauses(split);
    },
    startOver() {
      setPreview(null);
      setClauses([]);
    },
  };
}

/** The two steps of an import: read the policy, then review its split (for a new draft or a baseline). */
export function ImportSteps({
  boardId,
  steps,
  onRead,
}: {
  boardId: string;
  steps: ReturnType<typeof useImportSteps>;
  onRead?: () => void;
}) {
  return steps.preview ? (
    <ImportReview
      preview={steps.preview}
      clauses={steps.clauses}
      onChange={steps.setClauses}
      onStartOver={steps.startOver}
    />
  ) : (
    <ImportSource
      boardId={boardId}
      onRead={(p, split) => {
        steps.read(p, split);
        onRead?.();
      }}
    />
  );
}

/** Step one of an import: paste or choose a file, then let the server read and split it. */
function ImportSource({
  boardId,
  onRead,
}: {
  boardId: string;
  onRead: (preview: Preview, clauses: ReviewClause[]) => void;
}) {
  const [mode, setMode] = useState<'PASTE' | 'FILE'>('PASTE');
  const [text, setText] = useState('');
  const [sourceName, setSourceName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [read, { loading }] = useMutation(PreviewPolicyImportMutation);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  async function submit() {
    setProblem(null);
    let input;
    if (mode === 'PASTE') {
      if (!text.trim()) return setProblem('Paste the text of the policy first.');
      input = { boardId, text, sourceName: sourceName.trim() || null };
    } else {
      if (!file) return setProblem('Choose a .txt or .docx file first.');
      const issue = importFileProblem(file);
      if (issue) return setProblem(issue);
      input = {
        boardId,
        fileName: file.name,
        fileBase64: await fileToBase64(file),
        sourceName: sourceName.trim() || null,
      };
    }
    try {
      const result = await read({ variables: { input } });
      const p = result.data?.previewPolicyImport;
      if (!p) return;
      onRead(
        { sourceName: p.sourceName, sourceKind: p.sourceKind, text: p.text, sha256: p.sha256 },
        p.clauses.map((c) => ({
          heading: c.heading,
          text: c.text,
          componentId: c.suggestedComponentIds[0] ?? '',
          suggestedComponentIds: c.suggestedComponentIds,
        })),
      );
    } catch (e) {
      setProblem(describeError(e).message);
    }
  }

  return (
    <div className="import-source">
      <fieldset className="start-choices compact">
        <legend>Where is the policy?</legend>
        <label className="start-choice">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'PASTE'}
            onChange={() => setMode('PASTE')}
          />
          <span>Paste the text</span>
        </label>
        <label className="start-choice">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'FILE'}
            onChange={() => setMode('FILE')}
          />
          <span>Upload a .txt or .docx file (up to 1 MB)</span>
        </label>
      </fieldset>
      {mode === 'PASTE' ? (
        <Field
          label="Policy text"
          hint="Headings such as “4. De-escalation” or “DEADLY FORCE” start new clauses."
        >
          {(props) => (
            <textarea {...props} rows={10} value={text} onChange={(e) => setText(e.target.value)} />
          )}
        </Field>
      ) : (
        <Field label="Policy file" hint="Word headings become clause headings. Images are ignored.">
          {(props) => (
            <input
              {...props}
              ref={fileInput}
              type="file"
              accept={[
                ...IMPORT_FILE_TYPES,
                'text/plain',
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
              ].join(',')}
              onChange={(e) => {
                const chosen = e.target.files?.[0] ?? null;
                setFile(chosen);
                setProblem(chosen ? importFileProblem(chosen) : null);
              }}
            />
          )}
        </Field>
      )}
      <Field
        label="Name of the source (optional)"
        hint="For example “General Order 300, revised 2019”. Shown wherever the draft is compared with it."
      >
        {(props) => (
          <input
            {...props}
            type="text"
            maxLength={200}
            value={sourceName}
            onChange={(e) => setSourceName(e.target.value)}
          />
        )}
      </Field>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button-secondary" disabled={loading} onClick={() => void submit()}>
          {loading ? 'Reading…' : 'Read and split into clauses'}
        </button>
      </div>
    </div>
  );
}

/**
 * Splits a clause the reader found too long: a line of its text becomes the heading of a new
 * clause. Offered only where both halves would keep some text.
 */
function SplitClause({
  number,
  text,
  onSplit,
}: {
  number: number;
  text: string;
  onSplit: (line: number) => void;
}) {
  const lines = clauseLines(text);
  const [line, setLine] = useState(1);
  if (lines.length < 3) return null;
  const label = (s: string) => (s.length > 70 ? `${s.slice(0, 69)}…` : s);
  return (
    <details className="split-clause">
      <summary>Split clause {number}</summary>
      <Field label={`New clause starts at (its first line becomes the heading)`}>
        {(props) => (
          <select {...props} value={line} onChange={(e) => setLine(Number(e.target.value))}>
            {lines.slice(1, -1).map((l, k) => (
              <option key={k + 1} value={k + 1}>
                Line {k + 2}: {label(l)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="button" className="button-secondary" onClick={() => onSplit(line)}>
        Split here
      </button>
    </details>
  );
}

/** Step two: check each proposed clause, change its component, merge it into the one before or split it. */
export function ImportReview({
  preview,
  clauses,
  onChange,
  onStartOver,
}: {
  preview: Preview;
  clauses: readonly ReviewClause[];
  onChange: (next: ReviewClause[]) => void;
  onStartOver: () => void;
}) {
  const update = (index: number, patch: Partial<ReviewClause>) =>
    onChange(clauses.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <section className="import-review" aria-labelledby="import-review-heading">
      <h4 id="import-review-heading" ref={headingRef} tabIndex={-1}>
        Review the split: {clauses.length} clause{clauses.length === 1 ? '' : 's'} from “{preview.sourceName}”
      </h4>
      <p className="muted small">
        Components are suggestions from the wording. Change any that are wrong, merge a clause into the one
        above, or split one that holds two topics. The text you imported is kept unchanged as the department
        baseline (SHA-256 <code>{preview.sha256.slice(0, 12)}…</code>).
      </p>
      <ol className="import-clauses">
        {clauses.map((c, i) => (
          <li key={`${i}-${c.heading}`} className="import-clause">
            <div className="import-clause-head">
              <Field label={`Heading of clause ${i + 1}`}>
                {(props) => (
                  <input
                    {...props}
                    type="text"
                    maxLength={LIMITS.clauseHeadingMax}
                    value={c.heading}
                    onChange={(e) => update(i, { heading: e.target.value })}
                  />
                )}
              </Field>
              <Field label={`Component of clause ${i + 1}`}>
                {(props) => (
                  <select
                    {...props}
                    value={c.componentId}
                    onChange={(e) => update(i, { componentId: e.target.value })}
                  >
                    <option value="">
                      {c.suggestedComponentIds.length ? 'No component' : 'No component (nothing suggested)'}
                    </option>
                    {CATALOGUE.map((component) => (
                      <option key={component.id} value={component.id}>
                        {component.title}
                        {c.suggestedComponentIds[0] === component.id ? ' (suggested)' : ''}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <p className="import-clause-text" dir="auto">
              {c.text.length > 400 ? `${c.text.slice(0, 400)}…` : c.text}
            </p>
            {c.text.length > 400 && (
              <details>
                <summary>Show all {c.text.length.toLocaleString()} characters</summary>
                <p className="import-clause-text" dir="auto">
                  {c.text}
                </p>
              </details>
            )}
            <div className="import-clause-actions">
              {i > 0 && (
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() => {
                    onChange(mergeWithPrevious(clauses, i));
                    headingRef.current?.focus();
                  }}
                >
                  Merge into clause {i}
                  <span className="visually-hidden"> ({clauses[i - 1].heading})</span>
                </button>
              )}
              <SplitClause
                number={i + 1}
                text={c.text}
                onSplit={(line) => {
                  onChange(splitAt(clauses, i, line));
                  headingRef.current?.focus();
                }}
              />
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button-quiet" onClick={onStartOver}>
        Start the import again
      </button>
    </section>
  );
}
