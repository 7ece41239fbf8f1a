import type { OwnListingFragment } from '../gql/graphql';
import { formatDateTime } from '../format/format';
import { pendingChangeRows } from './pending-changes';

/** A published listing's edits waiting for review, set against what clients see now. */
export function PendingChangesPanel({ listing }: { listing: OwnListingFragment }) {
  const rows = pendingChangeRows(listing);
  const proposedAt = listing.privateDetails?.pendingChanges?.proposedAt;
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="pending-title" className="listing-section">
      <h2 id="pending-title">Changes waiting for review</h2>
      <p>
        {proposedAt ? `Proposed on ${formatDateTime(proposedAt)}. ` : ''}Clients see the published details until an admin approves the changes. To withdraw one, change the field back to its published value and save.
      </p>
      <table className="table diff">
        <caption className="visually-hidden">Your proposed changes against the published details</caption>
        <thead>
          <tr>
            <th scope="col">Detail</th>
            <th scope="col">Published now</th>
            <th scope="col">Proposed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">{row.label}</th>
              <td>{row.live}</td>
              <td>
                <ins>{row.proposed}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
