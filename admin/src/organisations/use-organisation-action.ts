import { useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';
import type { OrganisationDetailFragment } from '../gql/graphql';
import type { OrganisationActionData } from './organisations-handler';

/** Runs one action on the organisation shown, with a notice of what happened. */
export function useOrganisationAction() {
  const organisation = useRecordContext<OrganisationDetailFragment>();
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  const act = (data: OrganisationActionData, done: string, after?: () => void) =>
    update(
      'organisations',
      { id: organisation!.id, data, previousData: organisation },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify(done, { type: 'success' });
          after?.();
          refresh();
        },
        onError: (error) => notify((error as Error).message, { type: 'error', multiLine: true }),
      },
    );
  return { act, busy: isPending };
}

