// The fixed mix of realistic operations the bench sends, in this order, round and round: a
// directory search page (each result's user and next free slot: three subgraphs, two of them
// through entity references), a client's "my bookings" with therapist names, and one of that
// client's care plans with its goals, measure trends and the names of both people on it.
import { SCALE_PASSWORD, scaleClientEmail, scaleId } from '../../scripts/lib/scale-rows.mjs';

export const SEARCH = {
  name: 'SearchPage',
  auth: false,
  query: `query SearchPage($filter: TherapistSearchFilter) {
  searchTherapists(first: 20, filter: $filter) {
    totalCount
    edges {
      distanceKm
      node {
        id displayName headline city outwardCode conditions sessionFormats
        fee { amountPence currency }
        user { id displayName }
        nextAvailableSlot { startsAt endsAt }
      }
    }
  }
}`,
  variables: (place) => ({ filter: { conditions: ['ANXIETY'], near: { postcode: place, radiusKm: 10 } } }),
};

/** Where the searches look from: one district per city of the scale data. */
export const SEARCH_PLACES = ['LS6', 'M14', 'BS6', 'B13', 'N16', 'G12', 'EH6', 'CF24', 'NE2', 'S10', 'NG7', 'BN1'];

export const MY_BOOKINGS = {
  name: 'MyBookings',
  auth: true,
  query: `query MyBookings {
  me {
    id displayName
    bookings(first: 20) {
      totalCount
      edges { node { id startsAt endsAt format status therapist { id displayName } } }
    }
  }
}`,
  variables: {},
};

/** A client's care plan as "My care plan" shows it: goals and how they are going, and the measures' trends. */
export const CARE_PLAN = {
  name: 'CarePlan',
  auth: true,
  query: `query CarePlan($id: ID!) {
  carePlan(id: $id) {
    id status summary nextReviewDue createdAt updatedAt
    goals { id description category status achievement }
    trends { measures { measure points { at value band } } }
    client { id displayName }
    therapist { id displayName }
  }
}`,
  variables: (carePlanId) => ({ id: carePlanId }),
};

/** One operation as an HTTP request. */
function request(op, variables, accessToken) {
  return {
    name: op.name,
    headers: { 'content-type': 'application/json', ...(op.auth ? { authorization: `Bearer ${accessToken}` } : {}) },
    body: JSON.stringify({ operationName: op.name, query: op.query, variables }),
  };
}

/**
 * The mix as HTTP request bodies: for each signed-in client in turn, a search from another place,
 * that client's bookings and that client's care plan. Different callers and variables, as real
 * traffic has, so no gateway can fold identical requests in flight into one.
 */
export function operationMix(sessions) {
  return sessions.flatMap(({ accessToken, carePlanId }, i) => [
    request(SEARCH, SEARCH.variables(SEARCH_PLACES[i % SEARCH_PLACES.length]), accessToken),
    request(MY_BOOKINGS, MY_BOOKINGS.variables, accessToken),
    request(CARE_PLAN, CARE_PLAN.variables(carePlanId), accessToken),
  ]);
}

/** The first request of each operation in a mix (for checks and recording). */
export function oneOfEach(mix) {
  return [...new Map(mix.map((op) => [op.name, op])).values()];
}

/** Signs in a scale client through a gateway and returns its access token. */
export async function signIn(gatewayUrl, email, password) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', variables: { input: { email, password } } }),
  });
  const body = await response.json();
  const token = body.data?.login?.accessToken;
  if (!token) throw new Error(`signing in ${email} failed: ${JSON.stringify(body.errors ?? body)}`);
  return token;
}

/**
 * Signs in the first `count` scale clients through a gateway, with the care plan each owns (scale client n owns
 * care plan n, scripts/lib/scale-rows.mjs). One at a time: each sign-in is a deliberately slow password hash,
 * and a busy machine would time out many at once.
 */
export async function signInScaleClients(gatewayUrl, count) {
  const list = [];
  for (let i = 0; i < count; i++) list.push({ accessToken: await signIn(gatewayUrl, scaleClientEmail(i + 1), SCALE_PASSWORD), carePlanId: scaleId('carePlan', i + 1) });
  return list;
}

/** Sends each operation once; returns the parsed bodies by operation name, failing on any GraphQL error. */
export async function answersOf(url, mix, name) {
  const answers = {};
  for (const op of mix) {
    let response;
    // A gateway just started answers signed-in requests 503 until its first revocation-list poll is in,
    // which a busy machine can delay past its ready check: a few tries, a second apart.
    for (let attempt = 1; ; attempt++) {
      response = await fetch(url, { method: 'POST', headers: op.headers, body: op.body });
      if (response.status !== 503 || attempt === 10) break;
      await response.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const body = await response.json();
    if (!response.ok || body.errors?.length) throw new Error(`${name} answered ${op.name} with ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
    answers[op.name] = body;
  }
  return answers;
}
