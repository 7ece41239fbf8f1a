/**
 * @jest-environment node
 */
// The hydration window of a server-rendered page (ssrForceFetchDelay) against a real HTTP server: queries
// answer from the cache the server filled, but a mutation ends the window, so the lists refetched after it
// come from the graph and not from the cache it has just made stale.
import { gql } from '@apollo/client';
import { ok, startScriptedGateway, type ScriptedGateway } from '../overload/scripted-gateway';
import { createApolloClient } from './client';

const WAITLIST = gql`
  query Waitlist {
    myWaitlist
  }
`;
const LEAVE = gql`
  mutation Leave {
    leaveWaitlist
  }
`;

let gateway: ScriptedGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

/** A client as a hydrated page has it: the server's answer to WAITLIST in its cache, inside the window. */
async function hydratedClient(script: Parameters<typeof startScriptedGateway>[0]) {
  gateway = await startScriptedGateway(script);
  // The window's timer must not hold the test process open once the tests are done.
  const timers = jest.spyOn(globalThis, 'setTimeout');
  const client = createApolloClient({ gatewayUrl: gateway.url, fetch, ssrForceFetchDelay: 5_000 });
  for (const { value } of timers.mock.results) (value as NodeJS.Timeout | undefined)?.unref?.();
  timers.mockRestore();
  client.cache.writeQuery({ query: WAITLIST, data: { myWaitlist: ['entry-1'] } });
  return client;
}

describe('a page hydrated from the server', () => {
  it('answers queries from the cache the server filled while the window lasts', async () => {
    const client = await hydratedClient([ok({ myWaitlist: ['from the graph'] })]);

    const result = await client.query({ query: WAITLIST, fetchPolicy: 'network-only' });

    expect(result.data).toEqual({ myWaitlist: ['entry-1'] });
    expect(gateway!.operations).toEqual([]);
  });

  it('sends a mutation and the refetch after it to the graph, and shows what the graph answered', async () => {
    const client = await hydratedClient([ok({ leaveWaitlist: true }), ok({ myWaitlist: [] })]);
    const shown: unknown[] = [];
    const subscription = client.watchQuery({ query: WAITLIST }).subscribe((result) => shown.push(result.data));

    await client.mutate({ mutation: LEAVE, refetchQueries: [WAITLIST], awaitRefetchQueries: true });

    expect(gateway!.operations).toEqual(['Leave', 'Waitlist']);
    expect(shown.at(0)).toEqual({ myWaitlist: ['entry-1'] });
    expect(shown.at(-1)).toEqual({ myWaitlist: [] });
    // The window is over for every later query too: nothing the mutation changed is read stale.
    expect(client.prioritizeCacheValues).toBe(false);
    subscription.unsubscribe();
  });
});
