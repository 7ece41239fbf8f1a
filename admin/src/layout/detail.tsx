import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled part of a show page (a landmark named by its heading). */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card component="section" variant="outlined" aria-label={title}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** Label/value pairs as a description list; an empty value shows as a dash. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
      {items.map(([label, value]) => [
        <Typography key={`${label}-dt`} component="dt" sx={{ fontWeight: 600 }}>{label}</Typography>,
        <Typography key={`${label}-dd`} component="dd" sx={{ m: 0 }}>{value === '' || value == null ? '—' : value}</Typography>,
      ])}
    </Box>
  );
}
