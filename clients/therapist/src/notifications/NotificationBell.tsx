import { badgeText, useUnreadNotificationCount } from '@caregraph/client-kit/notifications/hooks';
import { useId, useRef, useState } from 'react';
import { NotificationsPanel } from './NotificationsPanel';

/** The header's bell: the unread count (the kit's hook: polled, and fresh on focus), and a panel with the latest notifications when pressed. */
export function NotificationBell() {
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
      {open && <NotificationsPanel id={panelId} onClose={close} onChanged={refresh} />}
    </div>
  );
}
