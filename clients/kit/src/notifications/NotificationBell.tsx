import { useId, useRef, useState } from 'react';
import { NotificationsPanel, type DescribeError } from './NotificationsPanel';
import { badgeText, useUnreadNotificationCount } from './use-notifications';

export type { DescribeError } from './NotificationsPanel';

/**
 * The header's bell in the client app and the therapist workspace: the unread count (polled, and fresh
 * on focus), and a panel with the latest notifications when pressed. Each app passes its own words for
 * a failure (`describeError`) and styles the classes in its style sheet; the admin draws its own in MUI.
 */
export function NotificationBell({ describeError }: { describeError: DescribeError }) {
  const { unread, refresh } = useUnreadNotificationCount();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }

  return (
    <div className="bell">
      <button
        type="button"
        className="bell__button"
        ref={button}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        {/* The name is the visible words plus hidden ones ("Notifications 2 unread"): a screen reader
            hears the count, and a voice user can say what they see (WCAG 2.5.3). Spaces, not
            punctuation, between the parts: browsers join a button's parts differently. */}
        Notifications{' '}
        {unread !== undefined && unread > 0 && (
          <span className="bell__badge" data-testid="bell-badge">
            {badgeText(unread)}
          </span>
        )}
        {unread === 0 && <span className="visually-hidden">0</span>}
        {unread !== undefined && <span className="visually-hidden"> unread</span>}
      </button>
      {open && <NotificationsPanel id={panelId} onClose={close} onChanged={refresh} describeError={describeError} />}
    </div>
  );
}
