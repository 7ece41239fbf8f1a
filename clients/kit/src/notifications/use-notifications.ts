import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { MARK_ALL_NOTIFICATIONS_READ, MARK_NOTIFICATIONS_READ, NOTIFICATIONS_PAGE, UNREAD_NOTIFICATION_COUNT } from './operations';

// The data side of the bell and the notifications panel, shared by the admin dashboard, the client app
// and the therapist workspace; each app draws them with its own UI library.

/** How often the unread count is asked for while the page is open (and again whenever the window regains focus). */
export const BELL_POLL_MS = 30_000;

/** How many of the latest notifications the panel shows. */
export const PANEL_SIZE = 20;

/** What the badge shows: large counts are capped so the header keeps its shape (the name says the same). */
export function badgeText(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}

/** The bell's number: undefined until known; `refresh` asks again after marking read. */
export function useUnreadNotificationCount(): { unread: number | undefined; refresh: () => void } {
  const count = useQuery(UNREAD_NOTIFICATION_COUNT, { fetchPolicy: 'cache-and-network' });
  const { refetch } = count;
  /** Asks of this hook on their way (the first load is Apollo's own). */
  const asking = useRef(0);
  const ask = useCallback(() => {
    asking.current += 1;
    return refetch().finally(() => (asking.current -= 1));
  }, [refetch]);
  // An ask made while another is on its way shares that one's answer. After a change (a poll sent before "Mark all
  // as read") that answer is from before it, and the bell would show it until the next poll, 30 seconds later: so
  // it asks once more when that answer is in.
  const refresh = useCallback(() => {
    const another = asking.current > 0;
    void ask()
      .then(() => (another ? ask() : undefined))
      .catch(() => undefined);
  }, [ask]);

  useEffect(() => {
    const poll = () => void ask().catch(() => undefined);
    const timer = setInterval(poll, BELL_POLL_MS);
    // Someone coming back to the tab sees a fresh count at once, not up to 30 seconds later.
    window.addEventListener('focus', poll);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', poll);
    };
  }, [ask]);

  return { unread: count.data?.myUnreadNotificationCount, refresh };
}

/**
 * The panel's latest notifications (fresh from the network each time it opens), and marking them read:
 * `readAll` marks every one and reloads (it throws what the graph said, for the app to word);
 * `markRead` marks one in the background (following its link does not wait for it). `onChanged` runs
 * after either, so the bell asks for its count again, and once the panel's first page is in: one that came
 * after the bell last asked is then counted on the bell as well as shown new in the panel.
 */
export function useNotificationsPanel(onChanged: () => void) {
  const page = useQuery(NOTIFICATIONS_PAGE, { variables: { first: PANEL_SIZE }, fetchPolicy: 'network-only' });
  const [markOne] = useMutation(MARK_NOTIFICATIONS_READ);
  const [markAll, markingAll] = useMutation(MARK_ALL_NOTIFICATIONS_READ);
  const items = page.data?.myNotifications.edges.map((edge) => edge.node) ?? [];
  const loaded = Boolean(page.data);

  useEffect(() => {
    if (loaded) onChanged();
  }, [loaded, onChanged]);

  async function readAll(): Promise<void> {
    await markAll();
    await page.refetch();
    onChanged();
  }

  function markRead(id: string): void {
    void markOne({ variables: { ids: [id] } }).then(onChanged, () => undefined);
  }

  return {
    items,
    /** True once the first page has arrived (it may be empty). */
    loaded,
    loading: page.loading && !page.data,
    /** Why the first page could not be loaded; undefined when it was. */
    loadError: page.data ? undefined : page.error,
    anyUnread: items.some((item) => !item.readAt),
    markingAll: markingAll.loading,
    readAll,
    markRead,
  };
}
