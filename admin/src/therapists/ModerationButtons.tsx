import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';
import { MODERATION, MODERATION_ACTIONS, type ModerationAction, type ModerationInput } from './moderation';
import type { ListingDetailFragment } from '../gql/graphql';
import { ModerationDialog } from './ModerationDialog';

/**
 * The moderation steps that apply to the listing in the record context, each asking for what it
 * needs before it runs. Runs pessimistically: the admin sees the outcome (or why it was refused,
 * e.g. someone else changed the listing) before moving on.
 */
export function ModerationButtons() {
  const listing = useRecordContext<ListingDetailFragment>();
  const [action, setAction] = useState<ModerationAction>();
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!listing) return null;
  const actions = MODERATION_ACTIONS.filter((a) => MODERATION[a].appliesTo(listing));

  const confirm = (input: ModerationInput) => {
    const chosen = action!;
    update(
      'therapists',
      { id: listing.id, data: { action: chosen, ...input }, previousData: listing },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setAction(undefined);
          notify(`${MODERATION[chosen].label}: done for ${listing.displayName}.`, { type: 'success' });
          refresh();
        },
        onError: (error) => notify((error as Error).message, { type: 'error', multiLine: true }),
      },
    );
  };

  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }} role="group" aria-label="Moderation actions">
      {actions.map((a) => (
        <Button key={a} variant={MODERATION[a].destructive ? 'outlined' : 'contained'} color={MODERATION[a].destructive ? 'error' : 'primary'} onClick={() => setAction(a)}>
          {MODERATION[a].label}
        </Button>
      ))}
      {action && (
        <ModerationDialog
          open
          action={action}
          subject={listing.displayName}
          hcpcVerified={listing.hcpcVerification.status === 'VERIFIED'}
          busy={isPending}
          onCancel={() => setAction(undefined)}
          onConfirm={confirm}
        />
      )}
    </Stack>
  );
}
