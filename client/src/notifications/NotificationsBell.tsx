import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../app/format';
import {
  MarkNotificationsReadMutation,
  MyNotificationsChangedSubscription,
  MyNotificationsQuery,
} from './operations';
import './notifications.css';

/**
 * New notifications are pushed over the subscription socket; the header also asks again on
 * window focus and, as a safety net for a socket that was away, this often.
 */
export const NOTIFICATIONS_POLL_MS = 5 * 60_000;

/**
 * The header's notifications button: an unread count (in text for screen readers, as a badge
 * for the eye — never colour alone) and a panel listing mentions and replies, each a link to the
 * clause. Opening an item marks it read; "Mark all as read" clears the count.
 */
export function NotificationsBell() {
  const { data, refetch } = useQuery(MyNotificationsQuery, {
    pollInterval: NOTIFICATIONS_POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(MyNotificationsChangedSubscription, {
    onData: ({ client, data: pushed }) => {
      const myNotifications = pushed.data?.myNotificationsChanged;
      if (myNotifications) client.writeQuery({ query: MyNotificationsQuery, data: { myNotifications } });
    },
  });
  const [markRead] = useMutation(MarkNotificationsReadMutation, { refetchQueries: [MyNotificationsQuery] });
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const feed = data?.myNotifications;
  const unread = feed?.unreadCount ?? 0;

  useEffect(() => {
    const onFocus = () => void refetch().catch(() => undefined);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refetch]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if (!panel.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node))
        setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const label = unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`;
  return (
    <div className="notifications">
      <button
        ref={button}
        type="button"
        className="button-quiet notifications-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        onClick={() => setOpen(!open)}
      >
        <svg
          aria-hidden="true"
          width="18"
          height="18"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.7 21a2 2 0 0 1-3.4 0" />
        </svg>
        {/* The visible words must be part of the name, for speech-input users who say what they
            see ("click Notifications 3"): a space keeps the count a separate word. */}
        <span aria-hidden="true">Notifications</span>
        {unread > 0 && (
          <>
            {' '}
            <span className="notifications-badge" aria-hidden="true">
              {unread > 99 ? '99+' : unread}
            </span>
          </>
        )}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {unread > 0 ? `${unread} unread ${unread === 1 ? 'notification' : 'notifications'}` : ''}
      </p>
      <div
        ref={panel}
        id={panelId}
        className="notifications-panel"
        hidden={!open}
        role="region"
        aria-label="Notifications"
      >
        <div className="notifications-panel-head">
          <h2>Notifications</h2>
          {unread > 0 && (
            <button
              type="button"
              className="button-link"
              onClick={() => void markRead({ variables: { input: { all: true } } }).catch(() => undefined)}
            >
              Mark all as read
            </button>
          )}
        </div>
        {!feed || feed.items.length === 0 ? (
          <p className="muted">
            Nothing yet. You will see here when someone mentions you or replies to your thread.
          </p>
        ) : (
          <ul className="notifications-list">
            {feed.items.map((n) => (
              <li key={n.id} className={n.read ? 'notification' : 'notification notification-unread'}>
                <Link
                  to={`/drafts/${n.draftId}/discuss?clause=${n.clauseId}`}
                  onClick={() => {
                    setOpen(false);
                    if (!n.read)
                      void markRead({ variables: { input: { ids: [n.id] } } }).catch(() => undefined);
                  }}
                >
                  {!n.read && <span className="notification-new">New</span>}
                  <strong>{n.actorName}</strong>{' '}
                  {n.kind === 'MENTION' ? 'mentioned you' : 'replied to your thread'}
                  <span className="muted"> · {n.boardName}</span>
                </Link>
                {n.excerpt !== null ? (
                  <p className="notification-excerpt">{n.excerpt}</p>
                ) : (
                  <p className="muted small">This comment was removed.</p>
                )}
                <p className="muted small">
                  <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
