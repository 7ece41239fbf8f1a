import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../format/uk-format';
import { ErrorSummary, Loading } from '../ui/Status';
import { useNotificationsPanel } from './use-notifications';

/** The app's words for an error Apollo Client threw while loading or marking notifications. */
export type DescribeError = (error: unknown) => string;

type Props = {
  id: string;
  /** Closes the panel; `returnFocus` puts focus back on the bell (Escape, "Close"), not after following a link. */
  onClose: (returnFocus: boolean) => void;
  /** Something was marked read: the bell asks for its count again. */
  onChanged: () => void;
  describeError: DescribeError;
};

/** The latest notifications (the kit's hook), newest first, unread ones marked; each opens its page in the app and is marked read. */
export function NotificationsPanel({ id, onClose, onChanged, describeError }: Props) {
  const panel = useNotificationsPanel(onChanged);
  const { items } = panel;
  const [problem, setProblem] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function readAll() {
    setProblem(undefined);
    try {
      await panel.readAll();
    } catch (error) {
      setProblem(describeError(error));
    }
  }

  function follow(itemId: string, read: boolean) {
    // Marked read in the background: following the link (the app's router) does not wait for it.
    if (!read) panel.markRead(itemId);
    onClose(false);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') onClose(true);
  }

  return (
    <section id={id} className="panel notifications-panel" aria-labelledby={`${id}-heading`} onKeyDown={onKeyDown}>
      <h2 id={`${id}-heading`} tabIndex={-1} ref={heading}>
        Notifications
      </h2>
      {panel.loading && <Loading>Loading your notifications…</Loading>}
      {panel.loadError && (
        <ErrorSummary title="Your notifications could not be loaded">
          <p>{describeError(panel.loadError)}</p>
        </ErrorSummary>
      )}
      {problem && (
        <ErrorSummary title="Your notifications were not marked as read">
          <p>{problem}</p>
        </ErrorSummary>
      )}
      {panel.loaded && items.length === 0 && <p>You have no notifications yet.</p>}
      {items.length > 0 && (
        <ul className="plain-list notifications-list">
          {items.map((item) => (
            <li key={item.id} className={item.readAt ? 'notification' : 'notification notification--unread'}>
              <Link to={item.link} onClick={() => follow(item.id, Boolean(item.readAt))}>
                {!item.readAt && <span className="notification__new">New: </span>}
                {item.title}
              </Link>
              <span className="notification__time"> {formatDateTime(item.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        {panel.anyUnread && (
          <button type="button" className="button button--secondary" disabled={panel.markingAll} aria-busy={panel.markingAll} onClick={() => void readAll()}>
            Mark all as read
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => onClose(true)}>
          Close notifications
        </button>
      </div>
    </section>
  );
}
