import { Alert, Box, Button, List, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { useNotificationsPanel } from '@caregraph/client-kit/notifications/hooks';
import { useState, type MouseEvent } from 'react';
import { useRedirect } from 'react-admin';
import { formatDateTime } from '../format/format';
import { toHttpError } from '../graphql/errors';

type Props = {
  id: string;
  onClose: () => void;
  /** Something was marked read: the bell asks for its count again. */
  onChanged: () => void;
};

/** The admin's latest notifications, newest first, unread ones marked; each opens its screen and is marked read. */
export function NotificationsPanel({ id, onClose, onChanged }: Props) {
  const panel = useNotificationsPanel(onChanged);
  const redirect = useRedirect();
  const [problem, setProblem] = useState<string>();

  async function readAll() {
    setProblem(undefined);
    try {
      await panel.readAll();
    } catch (error) {
      setProblem(toHttpError(error).message);
    }
  }

  function follow(itemId: string, link: string, read: boolean) {
    if (!read) panel.markRead(itemId);
    onClose();
    // Links are paths in the dashboard's router (e.g. /safety), as the delivery worker writes them.
    redirect(link);
  }

  return (
    <Box id={id} component="section" aria-labelledby={`${id}-heading`} sx={{ width: 380, maxWidth: '90vw', p: 2 }}>
      <Typography id={`${id}-heading`} variant="h6" component="h2">
        Notifications
      </Typography>
      {panel.loading && <Typography role="status">Loading your notifications…</Typography>}
      {panel.loadError && <Alert severity="error">Your notifications could not be loaded: {toHttpError(panel.loadError).message}</Alert>}
      {problem && <Alert severity="error">Your notifications were not marked as read: {problem}</Alert>}
      {panel.loaded && panel.items.length === 0 && <Typography>You have no notifications yet.</Typography>}
      {panel.items.length > 0 && (
        <List dense aria-label="Latest notifications, newest first">
          {panel.items.map((item) => (
            <li key={item.id}>
              <ListItemButton component="a" href={`#${item.link}`} onClick={(event: MouseEvent) => { event.preventDefault(); follow(item.id, item.link, Boolean(item.readAt)); }}>
                <ListItemText
                  primary={`${item.readAt ? '' : 'New: '}${item.title}`}
                  secondary={formatDateTime(item.createdAt)}
                  slotProps={{ primary: { sx: { fontWeight: item.readAt ? 'normal' : 'bold' } } }}
                />
              </ListItemButton>
            </li>
          ))}
        </List>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1, justifyContent: 'flex-end' }}>
        {panel.anyUnread && (
          <Button size="small" disabled={panel.markingAll} aria-busy={panel.markingAll} onClick={() => void readAll()}>
            Mark all as read
          </Button>
        )}
        <Button size="small" onClick={onClose}>
          Close notifications
        </Button>
      </Stack>
    </Box>
  );
}
