import { Button } from '@mui/material';
import { useState } from 'react';
import { useListContext, useNotify, useUnselectAll, useUpdateMany } from 'react-admin';
import type { ModerationAction, ModerationInput } from './moderation';
import { MODERATION } from './moderation';
import { ModerationDialog } from './ModerationDialog';

/** How long an admin has to undo a bulk step before it is sent. */
export const UNDO_SECONDS = 5;

interface Props {
  /** The resource the list shows (`therapists` or `moderationQueue`); ids are listing ids in both. */
  resource: string;
}

/**
 * Approve or reject the selected listings, asking for the reason first (rejecting needs one). The
 * step is undoable: react-admin waits before sending it and offers Undo meanwhile.
 */
export function BulkModerationButtons({ resource }: Props) {
  const { selectedIds, data = [] } = useListContext();
  const [action, setAction] = useState<ModerationAction>();
  const [updateMany] = useUpdateMany();
  const notify = useNotify();
  const unselectAll = useUnselectAll(resource);
  const selected = data.filter((record) => selectedIds.includes(record.id));
  // Versions as the admin saw them: a listing changed since is refused rather than overwritten.
  const versions = Object.fromEntries(selected.map((record) => [record.id, record.version ?? record.listing?.version]));
  const allVerified = selected.every((record) => (record.hcpcVerification ?? record.listing?.hcpcVerification)?.status === 'VERIFIED');

  const confirm = (input: ModerationInput) => {
    const chosen = action!;
    const count = selectedIds.length;
    setAction(undefined);
    updateMany(
      resource,
      { ids: selectedIds, data: { action: chosen, ...input }, meta: { versions } },
      {
        mutationMode: 'undoable',
        onSuccess: () => notify(`${MODERATION[chosen].label}: done for ${count} listing${count === 1 ? '' : 's'}.`, { type: 'success' }),
        onError: (error) => notify((error as Error).message, { type: 'error', multiLine: true }),
      },
    );
    notify(`${MODERATION[chosen].label}: ${count} listing${count === 1 ? '' : 's'} in ${UNDO_SECONDS} seconds.`, { type: 'info', undoable: true, autoHideDuration: UNDO_SECONDS * 1000 });
    unselectAll();
  };

  return (
    <>
      <Button variant="contained" size="small" onClick={() => setAction('approve')}>
        Approve selected
      </Button>
      <Button variant="outlined" size="small" color="error" onClick={() => setAction('reject')}>
        Reject selected
      </Button>
      {action && (
        <ModerationDialog
          open
          action={action}
          subject={`${selectedIds.length} listing${selectedIds.length === 1 ? '' : 's'}`}
          hcpcVerified={allVerified}
          onCancel={() => setAction(undefined)}
          onConfirm={confirm}
        />
      )}
    </>
  );
}
