// Which addresses the Lighthouse bench measures: the directory, a listed demo therapist's profile (found
// through the app's own /graphql), or paths given outright.
import { createRequire } from 'node:module';

const { demoRoster } = createRequire(import.meta.url)('@caregraph/demo-data');

const LISTED = 'query LighthouseListedTherapist($id: ID!) { therapist(id: $id) { id listed } }';

/** Asks `base`/graphql whether the demo therapist `id` is in the directory now. */
async function isListed(base, id) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LISTED, variables: { id } }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.json().catch(() => undefined);
  if (!response.ok || !body || body.errors?.length) {
    throw new Error(`${base}/graphql answered ${response.status}: ${JSON.stringify(body?.errors ?? body ?? 'no JSON').slice(0, 300)}`);
  }
  return body.data.therapist?.listed === true;
}

/** The first demo therapist whose listing is approved and shown in the directory of the app at `base`. */
export async function listedDemoTherapist(base) {
  const approved = demoRoster().therapists.filter((t) => t.status === 'APPROVED');
  try {
    for (const therapist of approved) if (await isListed(base, therapist.id)) return therapist.id;
  } catch (error) {
    throw new Error(`could not ask the app at ${base} which demo therapist is listed (${error.message}); name the profile outright, e.g. --pages directory,/therapists/<id>`);
  }
  throw new Error(`none of the ${approved.length} approved demo therapists is listed in the directory at ${base} (is the demo data there?); name the profile outright, e.g. --pages directory,/therapists/<id>`);
}

/** `names` (directory, profile, or paths) as `{ name, path }`. */
export async function resolvePages(names, base) {
  const pages = [];
  for (const name of names) {
    if (name === 'directory') pages.push({ name, path: '/' });
    else if (name === 'profile') pages.push({ name, path: `/therapists/${await listedDemoTherapist(base)}` });
    else pages.push({ name, path: name });
  }
  return pages;
}
