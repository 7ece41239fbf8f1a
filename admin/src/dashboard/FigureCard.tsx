import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-admin';

export interface FigureCardProps {
  title: string;
  value: ReactNode;
  /** A sentence that puts the figure in context. */
  detail?: ReactNode;
  /** Where the figure's records are, with the link text. */
  link?: { to: string; label: string };
}

/** One headline figure of the dashboard. */
export function FigureCard({ title, value, detail, link }: FigureCardProps) {
  return (
    <Card component="section" variant="outlined" aria-label={title} sx={{ flex: '1 1 14rem' }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        <Typography variant="h3" component="p" sx={{ my: 1 }}>
          {value}
        </Typography>
        {detail && <Typography variant="body2">{detail}</Typography>}
        {link && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            <Link to={link.to}>{link.label}</Link>
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
