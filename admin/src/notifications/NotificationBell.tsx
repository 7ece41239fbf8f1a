import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, IconButton, Popover, Tooltip } from '@mui/material';
import { badgeText, useUnreadNotificationCount } from '@caregraph/client-kit/notifications/hooks';
import { useId, useRef, useState } from 'react';
import { NotificationsPanel } from './NotificationsPanel';

/**
 * The app bar's bell: the admin's unread count (the kit's hook, as in the client app and the therapist
 * workspace) and, when pressed, a panel with the latest notifications.
 */
export function NotificationBell() {
  const { unread, refresh } = useUnreadNotificationCount();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  // The accessible name says the count the badge shows (WCAG 2.5.3: "Notifications" is what a voice user says).
  const name = unread === undefined ? 'Notifications' : `Notifications ${unread} unread`;

  return (
    <>
      <Tooltip title="Notifications">
        <IconButton color="inherit" ref={button} aria-label={name} aria-expanded={open} aria-controls={open ? panelId : undefined} aria-haspopup="dialog" onClick={() => setOpen(!open)}>
          {/* No badge at all when nothing is unread: a hidden MUI badge keeps showing its last count in the DOM, which then disagrees with the button's name. */}
          {unread ? (
            <Badge badgeContent={badgeText(unread)} color="error" data-testid="bell-badge">
              <NotificationsIcon />
            </Badge>
          ) : (
            <NotificationsIcon />
          )}
        </IconButton>
      </Tooltip>
      <Popover
        open={open}
        anchorEl={button.current}
        onClose={() => setOpen(false)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        {open && <NotificationsPanel id={panelId} onClose={() => setOpen(false)} onChanged={refresh} />}
      </Popover>
    </>
  );
}
