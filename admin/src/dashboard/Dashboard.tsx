import { Alert, CircularProgress, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Title, useDataProvider, type DataProvider } from 'react-admin';
import { addDays, formatDate, formatDateTime, formatWait } from '../format/format';
import type { DashboardFigures, DashboardMethods } from './dashboard-figures';
import { SIGN_UP_DAYS } from './dashboard-figures';
import { FigureCard } from './FigureCard';
import { ListingsByStatusChart } from './ListingsByStatusChart';

/** A react-admin list URL with a filter. */
const listUrl = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** The admins' home page: what waits for moderation, the directory by status, this week's bookings and new sign-ups. */
export function Dashboard() {
  const dataProvider = useDataProvider<DataProvider & DashboardMethods>();
  const [figures, setFigures] = useState<DashboardFigures>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    dataProvider
      .dashboard()
      .then(({ data }) => current && setFigures(data))
      .catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [dataProvider]);

  return (
    <Stack spacing={2} sx={{ p: 2 }} component="div">
      <Title title="Dashboard" />
      <Typography variant="h5" component="h1">
        Dashboard
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      {!figures && !error && <CircularProgress aria-label="Loading the figures" />}
      {figures && (
        <>
          <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap' }}>
            <FigureCard
              title="Waiting for moderation"
              value={figures.waitingForReview}
              detail={figures.oldestWaitingSince ? `The longest has waited ${formatWait(Math.max(0, (Date.now() - Date.parse(figures.oldestWaitingSince)) / 1000))} (since ${formatDateTime(figures.oldestWaitingSince)}).` : 'Nothing is waiting.'}
              link={{ to: '/moderationQueue', label: 'Open the moderation queue' }}
            />
            <FigureCard
              title="Bookings this week"
              value={figures.bookingsThisWeek}
              detail={`Sessions starting Monday ${formatDate(figures.weekStarting)} to Sunday ${formatDate(addDays(figures.weekStarting, 6))}.`}
              link={{ to: listUrl('bookings', { from: figures.weekStarting, to: addDays(figures.weekStarting, 6) }), label: 'See this week’s bookings' }}
            />
            <FigureCard
              title="New sign-ups"
              value={figures.newSignUps}
              detail={`Accounts opened in the last ${SIGN_UP_DAYS} days, today included.`}
              link={{ to: '/users', label: 'See the newest accounts' }}
            />
          </Stack>
          <ListingsByStatusChart counts={figures.listingsByStatus} />
        </>
      )}
    </Stack>
  );
}
