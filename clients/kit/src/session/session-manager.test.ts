/**
 * @jest-environment node
 */
// The session manager on a stand-in for accounts: one refresh at a time, expiry, what ends a session
// and what does not, signing out, and the app's choices (roles, enrolment).
import type { ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { DocumentNode } from 'graphql';
import { AuthError, MfaEnrolmentRequiredError, MfaRequiredError } from './sign-in-errors';
import { REFRESH_MARGIN_MS, SessionManager, SIGNED_UP_ADDRESS_TAKEN, type SessionManagerOptions } from './session-manager';
import { SessionStore, type SessionStorage, type StoredSession } from './session-store';

const KEY = 'caregraph.test.session';
const T0 = Date.parse('2030-01-01T12:00:00Z');
const at = (ms: number) => new Date(ms).toISOString();

function memoryStorage(): SessionStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

function session(n: number, role = 'CLIENT'): StoredSession {
  return {
    accessToken: `access-${n}`,
    accessTokenExpiresAt: at(T0 + 15 * 60_000),
    refreshToken: `refresh-${n}`,
    refreshTokenExpiresAt: at(T0 + 24 * 3600_000),
    user: { id: 'user-1', displayName: 'Test Person', email: 'person@caregraph.example', role },
  };
}

const operationName = (doc: DocumentNode) => doc.definitions.flatMap((d) => (d.kind === 'OperationDefinition' ? [d.name?.value] : []))[0];

/** A stand-in for accounts behind the gateway: `answers` maps an operation name to its answer (or a thrown error). */
function accounts(answers: Record<string, (variables: Record<string, unknown>) => unknown>) {
  const calls: Array<{ name: string; variables: Record<string, unknown> }> = [];
  const client = {
    mutate: jest.fn(async ({ mutation, variables }: { mutation: DocumentNode; variables: Record<string, unknown> }) => {
      const name = operationName(mutation)!;
      calls.push({ name, variables });
      const answer = answers[name];
      if (!answer) throw new Error(`unexpected ${name}`);
      return { data: await answer(variables) };
    }),
  };
  return { client: client as unknown as ApolloClient, calls };
}

const describe_ = (error: unknown) => ({ message: `app words: ${(error as Error).message}`, code: 'TEST' });
const OPTIONS: SessionManagerOptions = { describe: describe_, enrolment: { offer: false, refusal: 'Use the dashboard.' } };

function wiring(answers: Parameters<typeof accounts>[0], options: Partial<SessionManagerOptions> = {}) {
  let now = T0;
  const storage = memoryStorage();
  const store = new SessionStore(KEY, storage);
  const { client, calls } = accounts(answers);
  const sessions = new SessionManager(client, store, { ...OPTIONS, ...options, now: () => now });
  return { store, storage, sessions, calls, setNow: (ms: number) => (now = ms) };
}

const refusedToken = () => new CombinedGraphQLErrors({ data: null, errors: [{ message: 'The refresh token is not valid.', extensions: { code: 'UNAUTHENTICATED' } }] });
const badGateway = () =>
  new ServerError('Response not successful: Received status code 502', { response: new Response('<html>bad gateway</html>', { status: 502 }), bodyText: '<html>bad gateway</html>' });

describe('the session store', () => {
  it('keeps the session under the app’s own key, and drops one it cannot read', () => {
    const storage = memoryStorage();
    const store = new SessionStore(KEY, storage);
    const seen: Array<StoredSession | undefined> = [];
    const unsubscribe = store.subscribe((s) => seen.push(s));
    store.set(session(1));
    expect(JSON.parse(storage.items.get(KEY)!)).toEqual(session(1));
    expect(new SessionStore(KEY, storage).get()).toEqual(session(1));
    expect(new SessionStore('caregraph.other.session', storage).get()).toBeUndefined();
    unsubscribe();
    store.set(undefined);
    expect(seen).toEqual([session(1)]);
    expect(storage.items.has(KEY)).toBe(false);

    storage.items.set(KEY, '{not json');
    expect(new SessionStore(KEY, storage).get()).toBeUndefined();
    expect(storage.items.has(KEY)).toBe(false);
  });
});

describe('keeping the access token fresh', () => {
  it('uses the access token until it is within the margin of expiring', async () => {
    const { store, sessions, calls, setNow } = wiring({});
    store.set(session(1));
    setNow(Date.parse(session(1).accessTokenExpiresAt) - REFRESH_MARGIN_MS - 1000);
    expect(await sessions.accessToken()).toBe('access-1');
    expect(calls).toEqual([]);
  });

  it('refreshes once for every caller at the same time: a refresh token works once', async () => {
    let release!: () => void;
    const { store, sessions, calls, setNow } = wiring({
      RefreshSession: ({ refreshToken }) =>
        new Promise((resolve) => {
          release = () => resolve({ refreshSession: session(Number(String(refreshToken).split('-')[1]) + 1) });
        }),
    });
    store.set(session(1));
    setNow(Date.parse(session(1).accessTokenExpiresAt) - REFRESH_MARGIN_MS + 1000);
    const tokens = Promise.all([sessions.accessToken(), sessions.accessToken(), sessions.refresh().then((s) => s?.accessToken)]);
    await new Promise((resolve) => setImmediate(resolve));
    release();
    expect(await tokens).toEqual(['access-2', 'access-2', 'access-2']);
    expect(calls).toEqual([{ name: 'RefreshSession', variables: { refreshToken: 'refresh-1' } }]);
    expect(store.get()).toEqual(session(2));

    // The next refresh is a new one, with the new refresh token.
    const next = sessions.refresh();
    release();
    await next;
    expect(calls.map((c) => c.variables.refreshToken)).toEqual(['refresh-1', 'refresh-2']);
  });

  it('forgets a session whose refresh token has expired, without asking accounts', async () => {
    const { store, storage, sessions, calls, setNow } = wiring({});
    store.set(session(1));
    setNow(Date.parse(session(1).refreshTokenExpiresAt));
    expect(sessions.current()).toBeUndefined();
    expect(await sessions.accessToken()).toBeUndefined();
    expect(store.get()).toBeUndefined();
    expect(storage.items.has(KEY)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('ends the session when accounts refuses the refresh token, in the app’s words', async () => {
    const { store, sessions, setNow } = wiring({
      RefreshSession: () => {
        throw refusedToken();
      },
    });
    store.set(session(1));
    setNow(Date.parse(session(1).accessTokenExpiresAt));
    const error = await sessions.accessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).message).toBe('app words: The refresh token is not valid.');
    expect(store.get()).toBeUndefined();
  });

  it.each([
    ['the network fails', () => new TypeError('Failed to fetch')],
    ['a proxy answers 502', badGateway],
  ])('keeps the session for the next try when %s', async (_, failure) => {
    const { store, sessions, setNow } = wiring({
      RefreshSession: () => {
        throw failure();
      },
    });
    store.set(session(1));
    setNow(Date.parse(session(1).accessTokenExpiresAt));
    await expect(sessions.refresh()).rejects.toMatchObject({ unanswered: true });
    expect(store.get()).toEqual(session(1));
  });

  it('after signing up with an address that already has an account, says the owner was mailed and keeps no session', async () => {
    const { store, sessions, calls } = wiring(
      {
        SignUp: () => ({ signUp: true }),
        Login: () => {
          throw new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Email or password is not right.', extensions: { code: 'UNAUTHENTICATED' } }] });
        },
      },
      // As the apps describe it: the code passes through.
      { describe: (error) => ({ message: 'Email or password is not right.', code: String((error as CombinedGraphQLErrors).errors[0].extensions?.code) }) },
    );
    const attempt = sessions.signUp({ displayName: 'Someone', email: 'taken@caregraph.example', password: 'another password', consents: [] });
    await expect(attempt).rejects.toMatchObject({ friendly: SIGNED_UP_ADDRESS_TAKEN });
    expect(calls.map((c) => c.name)).toEqual(['SignUp', 'Login']);
    expect(store.get()).toBeUndefined();
  });
});

describe('signing in and out', () => {
  it('signs in with the e-mail address trimmed, and asks for the code when accounts does', async () => {
    const { store, sessions, calls } = wiring({
      Login: ({ input }) => ((input as { password: string }).password === 'two-step' ? { login: { mfaRequired: true, mfaEnrolmentRequired: false, mfaToken: 'mfa-1' } } : { login: { ...session(1), mfaRequired: false, mfaEnrolmentRequired: false } }),
      CompleteMfaLogin: () => ({ completeMfaLogin: session(2) }),
    });
    await sessions.signIn(' person@caregraph.example ', 'password');
    expect(calls[0].variables).toEqual({ input: { email: 'person@caregraph.example', password: 'password' } });
    expect(store.get()).toEqual(session(1));

    const asked = await sessions.signIn('person@caregraph.example', 'two-step').catch((e: unknown) => e);
    expect(asked).toBeInstanceOf(MfaRequiredError);
    await sessions.completeMfa((asked as MfaRequiredError).mfaToken, '123 456');
    expect(calls.at(-1)).toEqual({ name: 'CompleteMfaLogin', variables: { mfaToken: 'mfa-1', code: '123456' } });
    expect(store.get()).toEqual(session(2));
  });

  it('signs out: forgets the session at once and revokes its refresh token, even when the gateway is away', async () => {
    const { store, storage, sessions, calls } = wiring({
      Logout: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    store.set(session(1));
    await sessions.signOut();
    expect(store.get()).toBeUndefined();
    expect(storage.items.has(KEY)).toBe(false);
    expect(calls).toEqual([{ name: 'Logout', variables: { refreshToken: 'refresh-1' } }]);
    await sessions.signOut();
    expect(calls).toHaveLength(1);
  });

  it('says it is signing out from the moment the session is forgotten until accounts has answered, or failed to', async () => {
    let answer: () => void = () => undefined;
    const { store, sessions } = wiring({ Logout: () => new Promise((resolve) => (answer = () => resolve({ logout: true }))) });
    store.set(session(1));
    expect(sessions.signingOut).toBe(false);
    const ending = sessions.signOut();
    expect(store.get()).toBeUndefined();
    expect(sessions.signingOut).toBe(true);
    answer();
    await ending;
    expect(sessions.signingOut).toBe(false);

    const away = wiring({ Logout: () => Promise.reject(new TypeError('Failed to fetch')) });
    away.store.set(session(2));
    const failing = away.sessions.signOut();
    expect(away.sessions.signingOut).toBe(true);
    await failing;
    expect(away.sessions.signingOut).toBe(false);
  });

  it('keeps only the roles the app allows: anyone else’s new session is revoked', async () => {
    const { store, sessions, calls } = wiring(
      { Login: () => ({ login: { ...session(1, 'CLIENT'), mfaRequired: false, mfaEnrolmentRequired: false } }), Logout: () => ({ logout: true }) },
      { roles: { allowed: ['ADMIN'], refusal: 'Admins only.' } },
    );
    await expect(sessions.signIn('person@caregraph.example', 'password')).rejects.toMatchObject({ message: 'Admins only.', code: 'FORBIDDEN' });
    expect(store.get()).toBeUndefined();
    expect(calls.map((c) => c.name)).toEqual(['Login', 'Logout']);
  });

  it('offers setting up an authenticator app only when the app has a screen for it', async () => {
    const enrol = { Login: () => ({ login: { mfaRequired: true, mfaEnrolmentRequired: true, mfaToken: 'mfa-1' } }) };
    await expect(wiring(enrol).sessions.signIn('a@caregraph.example', 'p')).rejects.toMatchObject({ message: 'Use the dashboard.', code: 'FORBIDDEN' });
    const offered = await wiring(enrol, { enrolment: { offer: true } })
      .sessions.signIn('a@caregraph.example', 'p')
      .catch((e: unknown) => e);
    expect(offered).toBeInstanceOf(MfaEnrolmentRequiredError);
    expect((offered as MfaEnrolmentRequiredError).mfaToken).toBe('mfa-1');
  });

  it('signs up (as a client unless told otherwise), then signs in', async () => {
    const { store, sessions, calls } = wiring({
      SignUp: () => ({ signUp: true }),
      Login: () => ({ login: { ...session(1), mfaRequired: false, mfaEnrolmentRequired: false } }),
    });
    await sessions.signUp({ displayName: ' Test Person ', email: 'person@caregraph.example', password: 'password', consents: [] });
    expect(calls.map((c) => c.name)).toEqual(['SignUp', 'Login']);
    expect(calls[0].variables).toEqual({ input: { displayName: 'Test Person', email: 'person@caregraph.example', password: 'password', role: 'CLIENT', consents: [] } });
    expect(store.get()).toEqual(session(1));
  });

  it('after signing up with an address that already has an account, says the owner was mailed and keeps no session', async () => {
    const { store, sessions, calls } = wiring(
      {
        SignUp: () => ({ signUp: true }),
        Login: () => {
          throw new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Email or password is not right.', extensions: { code: 'UNAUTHENTICATED' } }] });
        },
      },
      // As the apps describe it: the code passes through.
      { describe: (error) => ({ message: 'Email or password is not right.', code: String((error as CombinedGraphQLErrors).errors[0].extensions?.code) }) },
    );
    const attempt = sessions.signUp({ displayName: 'Someone', email: 'taken@caregraph.example', password: 'another password', consents: [] });
    await expect(attempt).rejects.toMatchObject({ friendly: SIGNED_UP_ADDRESS_TAKEN });
    expect(calls.map((c) => c.name)).toEqual(['SignUp', 'Login']);
    expect(store.get()).toBeUndefined();
  });
});
