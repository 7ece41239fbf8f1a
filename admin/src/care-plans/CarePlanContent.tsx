import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { CONDITION_LABELS } from '@caregraph/client-kit/labels';
import { formatDate, formatDateTime } from '../format/format';
import { Facts, Section } from '../layout/detail';
import { labelList } from '../format/choices';
import type { BrokenGlassPlan } from './care-plans-handler';
import { GOAL_STATUS_LABELS, sentence } from './labels';

function Rows({ label, headings, rows }: { label: string; headings: string[]; rows: string[][] }) {
  if (!rows.length) return <Typography>None.</Typography>;
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          {headings.map((h) => (
            <TableCell key={h} component="th" scope="col">
              {h}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, i) => (
          <TableRow key={i}>
            {row.map((cell, j) => (
              <TableCell key={j}>{cell}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** A care plan's content, opened with break-glass: held on this screen only, never cached. */
export function CarePlanContent({ plan }: { plan: BrokenGlassPlan }) {
  return (
    <Section title="Care plan content (break-glass)">
      <Facts
        items={[
          ['Summary', plan.summary],
          ['Focus', labelList(plan.focusConditions, CONDITION_LABELS)],
          ['From', formatDate(plan.startDate)],
          ['Until', formatDate(plan.endDate)],
          ['Reviewed every', `${plan.reviewCadenceWeeks} weeks`],
          ['Last reviewed', formatDate(plan.lastReviewedOn)],
          ['Next review due', `${formatDate(plan.nextReviewDue)}${plan.overdueForReview ? ' (overdue)' : ''}`],
        ]}
      />
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        Goals
      </Typography>
      <Rows label="Goals" headings={['Goal', 'Area', 'Status', 'Target date']} rows={plan.goals.map((g) => [g.description, sentence(g.category), GOAL_STATUS_LABELS[g.status], formatDate(g.targetDate)])} />
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        Activities
      </Typography>
      <Rows label="Activities" headings={['Activity', 'Times a week', 'Instructions', 'Current']} rows={plan.activities.map((a) => [sentence(a.type), String(a.timesPerWeek), a.instructions, a.active ? 'Yes' : 'No'])} />
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        Reviews
      </Typography>
      <Rows label="Reviews" headings={['When', 'Notes']} rows={plan.reviews.map((r) => [formatDateTime(r.reviewedAt), r.notes])} />
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        Risk flags
      </Typography>
      <Rows label="Risk flags" headings={['Raised', 'Reason', 'Acknowledged', 'Action']} rows={plan.riskFlags.map((f) => [formatDateTime(f.raisedAt), f.reason, formatDateTime(f.acknowledgedAt), f.action ?? ''])} />
    </Section>
  );
}
