import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useId } from 'react';
import type { ListingStatus } from '../gql/graphql';
import { LISTING_STATUS_LABELS } from '../format/listing-status';

const BAR_HEIGHT = 26;
const GAP = 10;
const LABEL_WIDTH = 150;
const CHART_WIDTH = 520;
// NHS blue: 5.9:1 against white, above the 3:1 that WCAG asks of graphics.
const BAR_COLOUR = '#005EB8';

/**
 * Listings by moderation status as a horizontal bar chart. The chart is an image with a text
 * summary for screen readers, and the same figures follow in a table (the text alternative).
 */
export function ListingsByStatusChart({ counts }: { counts: Array<{ status: ListingStatus; count: number }> }) {
  const titleId = useId();
  const largest = Math.max(1, ...counts.map((c) => c.count));
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 50;
  const height = counts.length * (BAR_HEIGHT + GAP);
  const summary = counts.map((c) => `${LISTING_STATUS_LABELS[c.status]}: ${c.count}`).join('; ');
  return (
    <Card component="section" variant="outlined" aria-labelledby={titleId} sx={{ flex: '2 1 30rem' }}>
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2" gutterBottom>
          Listings by status
        </Typography>
        <svg role="img" aria-label={`Bar chart of listings by status. ${summary}.`} viewBox={`0 0 ${CHART_WIDTH} ${height}`} width="100%" style={{ maxWidth: CHART_WIDTH }}>
          {counts.map((c, i) => {
            const y = i * (BAR_HEIGHT + GAP);
            const width = Math.round((c.count / largest) * barSpace);
            return (
              <g key={c.status}>
                <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" textAnchor="end" fontSize="14" fill="#212b32">
                  {LISTING_STATUS_LABELS[c.status]}
                </text>
                <rect x={LABEL_WIDTH} y={y} width={Math.max(width, 2)} height={BAR_HEIGHT} fill={BAR_COLOUR} rx="2" />
                <text x={LABEL_WIDTH + Math.max(width, 2) + 6} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" fontSize="14" fill="#212b32">
                  {c.count}
                </text>
              </g>
            );
          })}
        </svg>
        <Table size="small" aria-label="Listings by status (the chart’s figures)" sx={{ mt: 2, maxWidth: CHART_WIDTH }}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">Status</TableCell>
              <TableCell component="th" scope="col" align="right">Listings</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {counts.map((c) => (
              <TableRow key={c.status}>
                <TableCell component="th" scope="row">{LISTING_STATUS_LABELS[c.status]}</TableCell>
                <TableCell align="right">{c.count}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
