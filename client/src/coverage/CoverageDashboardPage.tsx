import { useMutation, useQuery } from '@apollo/client/react';
import { BoardRole, canWrite } from '@roundtable/shared';
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Breadcrumb } from '../app/Breadcrumb';
import { ErrorNotice } from '../app/ErrorNotice';
import { Loading } from '../app/Loading';
import { usePageTitle } from '../app/usePageTitle';
import type { CoverageStatus, DraftCoverageQuery as DraftCoverageData } from '../gql/graphql';
import {
  DraftCoverageQuery as CoverageQuery,
  TickChecklistItemMutation,
  UntickChecklistItemMutation,
} from './operations';
import { STATUS_TEXT, StatusBadge } from './StatusBadge';
import './coverage.css';

type Draft = NonNullable<DraftCoverageData['draft']>;
type Component = Draft['coverage']['components'][number];
type Item = Component['items'][number];

const percent = (score: number) => `${Math.round(score * 100)}%`;
const ORDER: CoverageStatus[] = ['CONTRADICTED', 'MISSING', 'PARTLY', 'COVERED'];

/**
 * What the draft covers of the toolkit, component by component: a grid readable at a glance
 * (status in words and a symbol, a score), each card opening onto its checklist items with the
 * sentence that supports each verdict and a link to the clause.
 */
export function CoverageDashboardPage() {
  const { draftId = '' } = useParams();
  const { data, loading, error } = useQuery(CoverageQuery, {
    variables: { id: draftId },
    fetchPolicy: 'cache-and-network',
    // The editor writes the clause mirror within a second; a short poll keeps the grid live.
    pollInterval: 10_000,
  });
  const draft = data?.draft;
  usePageTitle(draft ? `Coverage · ${draft.title}` : 'Coverage');
  if (loading && !draft) return <Loading label="Reading the draft against the toolkit…" />;
  if (!draft) return <ErrorNotice error={error} title="This draft is not available" />;
  const { coverage } = draft;
  const counts = Object.fromEntries(
    ORDER.map((s) => [s, coverage.components.filter((c) => c.status === s).length]),
  ) as Record<CoverageStatus, number>;
  const writer = canWrite(draft.board.myRole as BoardRole) && !draft.archived;
  return (
    <div className="page coverage-page">
      <Breadcrumb
        trail={[
          { label: draft.board.name, to: `/boards/${draft.board.id}` },
          { label: draft.title, to: `/drafts/${draft.id}` },
        ]}
        current="Toolkit coverage"
      />
      <header className="page-header">
        <h1>Toolkit coverage of “{draft.title}”</h1>
        <p className="coverage-overall">
          <span className="coverage-overall-score">{percent(coverage.overall)}</span> overall completeness ·{' '}
          {ORDER.map((s) => `${counts[s]} ${STATUS_TEXT[s].label.toLowerCase()}`).join(' · ')}
        </p>
        <p className="muted small">
          Verdicts come from what the clauses say and from items members tick; a tag only shows where a
          component is meant to be handled. A hedge (&lsquo;should&rsquo;, &lsquo;where practical&rsquo;) or
          an exception that hollows a requirement counts as contradicted.
        </p>
      </header>
      <ErrorNotice error={error} />
      <ul className="coverage-grid" aria-label="Toolkit components">
        {coverage.components.map((c) => (
          <ComponentCard key={c.componentId} component={c} draft={draft} writer={writer} />
        ))}
      </ul>
    </div>
  );
}

function ComponentCard({
  component: c,
  draft,
  writer,
}: {
  component: Component;
  draft: Draft;
  writer: boolean;
}) {
  const headingId = useId();
  const covered = c.items.filter((i) => i.status === 'COVERED').length;
  return (
    <li className={`coverage-card coverage-card--${c.status.toLowerCase()}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="coverage-card-title">
        {c.title}
      </h2>
      <p className="coverage-card-summary">
        <StatusBadge status={c.status} /> <span className="coverage-score">{percent(c.score)}</span>
        <span className="muted small">
          {' '}
          · {covered} of {c.items.length} items covered
        </span>
      </p>
      <meter
        className="coverage-meter"
        min={0}
        max={1}
        low={0.5}
        high={0.99}
        optimum={1}
        value={c.score}
        aria-label={`${c.title} completeness`}
      >
        {percent(c.score)}
      </meter>
      <details>
        <summary>
          Checklist<span className="visually-hidden"> for {c.title}</span> ({c.items.length})
        </summary>
        <ul className="coverage-items">
          {c.items.map((i) => (
            <ItemRow key={i.itemId} item={i} componentId={c.componentId} draft={draft} writer={writer} />
          ))}
        </ul>
      </details>
    </li>
  );
}

function ItemRow({
  item: i,
  componentId,
  draft,
  writer,
}: {
  item: Item;
  componentId: string;
  draft: Draft;
  writer: boolean;
}) {
  // A tick records a fact ("clause N handles this"): offer only the clause tagged with this
  // component, never an arbitrary first clause that one click would wrongly record.
  const [clauseId, setClauseId] = useState(
    () => draft.clauses.find((cl) => cl.componentIds.includes(componentId))?.id ?? '',
  );
  const selectId = useId();
  const refetchQueries = [CoverageQuery];
  const [tick, tickState] = useMutation(TickChecklistItemMutation, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [untick, untickState] = useMutation(UntickChecklistItemMutation, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const evidence = i.evidence[0];
  return (
    <li className="coverage-item">
      <p className="coverage-item-title">
        <StatusBadge status={i.status} /> <span>{i.title}</span>
        {i.source === 'TICK' && i.tick && (
          <span className="muted small"> (ticked by {i.tick.tickedByName ?? 'a former member'})</span>
        )}
        {i.source === 'TAG' && <span className="muted small"> (a clause is tagged with this component)</span>}
      </p>
      {evidence ? (
        <p className="coverage-evidence">
          {evidence.sentence && <q>{evidence.sentence}</q>}{' '}
          <Link to={`/drafts/${draft.id}/discuss?clause=${evidence.clauseId}`}>
            {evidence.sentence ? 'in' : 'See'} “{evidence.clauseHeading || 'Untitled clause'}”
          </Link>
          {evidence.reason && <span className="coverage-reason">: {evidence.reason}.</span>}
        </p>
      ) : (
        <p className="muted small">{i.guidance}</p>
      )}
      {i.status === 'CONTRADICTED' && !evidence?.reason && (
        <p className="muted small">
          An exception or a second clause undercuts this item; only rewording it changes the verdict.
        </p>
      )}
      {writer && i.tick && (
        <button
          type="button"
          className="button-quiet"
          disabled={untickState.loading}
          onClick={() =>
            void untick({ variables: { input: { draftId: draft.id, itemId: i.itemId } } }).catch(
              () => undefined,
            )
          }
        >
          Remove tick<span className="visually-hidden"> on {i.title}</span>
        </button>
      )}
      {writer &&
        !i.tick &&
        i.status !== 'COVERED' &&
        i.status !== 'CONTRADICTED' &&
        draft.clauses.length > 0 && (
          <form
            className="coverage-tick-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!clauseId) return;
              void tick({ variables: { input: { draftId: draft.id, itemId: i.itemId, clauseId } } }).catch(
                () => undefined,
              );
            }}
          >
            <label htmlFor={selectId} className="small">
              Handled by clause
            </label>
            <select id={selectId} required value={clauseId} onChange={(e) => setClauseId(e.target.value)}>
              <option value="">Choose a clause</option>
              {draft.clauses.map((cl) => (
                <option key={cl.id} value={cl.id}>
                  {cl.position + 1}. {cl.heading || 'Untitled clause'}
                </option>
              ))}
            </select>
            <button type="submit" className="button-secondary" disabled={tickState.loading || !clauseId}>
              Tick as covered<span className="visually-hidden">: {i.title}</span>
            </button>
          </form>
        )}
      <ErrorNotice error={tickState.error ?? untickState.error} />
    </li>
  );
}
