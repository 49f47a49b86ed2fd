import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import type { BoardRole } from '../gql/graphql';
import { type BoardRole as SharedBoardRole, canWrite } from '@roundtable/shared';
import { ChecksPanel } from '../coverage/ChecksPanel';
import { AmendmentsPanel } from './AmendmentsPanel';
import { CommentsPanel, type Person, type ThreadStart } from './CommentsPanel';
import { QuestionsPanel } from './QuestionsPanel';
import { MinorityReportsPanel } from '../minority-reports/MinorityReportsPanel';

const TABS = [
  { id: 'comments', label: 'Comments' },
  { id: 'amendments', label: 'Amendments' },
  { id: 'votes', label: 'Votes' },
  { id: 'minority', label: 'Minority reports' },
  { id: 'checks', label: 'Checks' },
] as const;
type Tab = (typeof TABS)[number]['id'];

interface Props {
  boardId: string;
  draftId: string;
  clause: { id: string; heading: string; text: string };
  role: BoardRole;
  myUserId: string | null;
  members: Person[];
  doc: Y.Doc | null;
  docVersion: number;
  initialTab?: Tab;
  /** Start a thread on this passage: opens the Comments tab with the form filled in. */
  startThread?: ThreadStart | null;
}

/** Everything said and decided about one clause, in four tabs (arrow keys move between them). */
export function ClausePanel({
  boardId,
  draftId,
  clause,
  role,
  myUserId,
  members,
  doc,
  docVersion,
  initialTab = 'comments',
  startThread = null,
}: Props) {
  const [tab, setTab] = useState<Tab>(startThread ? 'comments' : initialTab);
  // A request is used once: coming back to Comments later must not refill the form.
  const [usedSeq, setUsedSeq] = useState<number | null>(null);
  const pending = startThread && startThread.seq !== usedSeq ? startThread : null;
  useEffect(() => {
    if (startThread) setTab('comments');
  }, [startThread]);
  function choose(next: Tab) {
    if (next !== 'comments' && startThread) setUsedSeq(startThread.seq);
    setTab(next);
  }
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  function onKey(event: KeyboardEvent) {
    const index = TABS.findIndex((t) => t.id === tab);
    const next =
      event.key === 'ArrowRight'
        ? index + 1
        : event.key === 'ArrowLeft'
          ? index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length];
    choose(target.id);
    refs.current[target.id]?.focus();
  }
  const panelId = `clause-panel-${clause.id}`;
  return (
    <aside className="clause-panel card" aria-labelledby={`${panelId}-title`}>
      <h2 id={`${panelId}-title`} className="clause-panel-title">
        <span className="eyebrow">Discussing</span> {clause.heading || 'Untitled clause'}
      </h2>
      <div role="tablist" aria-label="About this clause" className="tabs" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`${panelId}-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`${panelId}-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="tab"
            onClick={() => choose(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${panelId}-${tab}`}
        aria-labelledby={`${panelId}-tab-${tab}`}
        className="tab-panel"
        tabIndex={0}
      >
        {tab === 'comments' && (
          <CommentsPanel
            draftId={draftId}
            clauseId={clause.id}
            role={role}
            myUserId={myUserId}
            members={members}
            doc={doc}
            docVersion={docVersion}
            startThread={pending}
          />
        )}
        {tab === 'amendments' && (
          <AmendmentsPanel
            boardId={boardId}
            draftId={draftId}
            clauseId={clause.id}
            clauseText={clause.text}
            role={role}
            myUserId={myUserId}
          />
        )}
        {tab === 'checks' && (
          <ChecksPanel
            draftId={draftId}
            clauseId={clause.id}
            clauseText={clause.text}
            canWrite={canWrite(role as SharedBoardRole)}
          />
        )}
        {tab === 'votes' && (
          <QuestionsPanel
            scope={{ boardId, draftId, clauseId: clause.id }}
            role={role}
            emptyText="No votes on this clause yet."
            cardHeadingLevel={3}
          />
        )}
        {tab === 'minority' && (
          <MinorityReportsPanel
            boardId={boardId}
            draftId={draftId}
            clauseId={clause.id}
            role={role}
            myUserId={myUserId}
          />
        )}
      </div>
    </aside>
  );
}
