import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_API_CLIENT_ID, DEMO_API_CLIENT_SECRET, DEMO_ORGANISATION_ID, demoRoster } from '@caregraph/demo-data';
import { hashClientSecret } from '../api-clients/api-client-secret';
import { ApiClient } from '../api-clients/api-client.entity';
import { API_SCOPES } from '../organisations/api-scope';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationKind } from '../organisations/organisation-kind';

/**
 * The made-up demo GP practice, verified, with every scope and one API client on the published demo secret,
 * so the integrator guide can be tried against `npm start`. Written once; returns the rows it wrote.
 */
export async function seedDemoPractice(em: EntityManager): Promise<number> {
  if (await em.count(Organisation, { id: DEMO_ORGANISATION_ID })) return 0;
  const admin = demoRoster().users.find((user) => user.role === 'ADMIN')!;
  const organisation = em.create(Organisation, {
    id: DEMO_ORGANISATION_ID,
    name: 'Demo Practice (made up)',
    kind: OrganisationKind.GP_PRACTICE,
    odsCode: 'X00000',
    grantedScopes: [...API_SCOPES],
    verifiedAt: new Date(),
  });
  em.create(ApiClient, { id: DEMO_API_CLIENT_ID, organisation, name: 'Demo referrals system', scopes: [...API_SCOPES], secretHash: hashClientSecret(DEMO_API_CLIENT_SECRET), createdById: admin.id });
  await em.flush();
  return 2;
}
