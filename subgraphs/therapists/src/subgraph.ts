import { OutboxEvent } from '@caregraph/runtime';
import path from 'node:path';
import type { SubgraphDefinition } from '@caregraph/runtime';
import { ListingResolver } from './listing/listing.resolver';
import { ListingEvent } from './moderation/listing-event.entity';
import { AdminModerationResolver } from './moderation/admin-moderation.resolver';
import { AdminTherapistsResolver } from './admin/admin-therapists.resolver';
import { ListingEventResolver } from './moderation/listing-event.resolver';
import { ModerationQueueResolver } from './moderation/moderation-queue.resolver';
import { ModerationResolver } from './moderation/moderation.resolver';
import { TherapistSearchResolver } from './search/therapist-search.resolver';
import { personalDataExportReference } from './personal-data/personal-data-export.reference';
import { PersonalDataExportResolver } from './personal-data/personal-data-export.resolver';
import { PersonalDataExportStub } from './personal-data/personal-data-export.stub';
import { seedDemo } from './seed/seed-demo';
import { Therapist } from './therapists/therapist.entity';
import { TherapistCoverageResolver } from './location/therapist-coverage.resolver';
import { TherapistFieldsResolver } from './therapists/therapist-fields.resolver';
import { TherapistPrivateDetailsResolver } from './moderation/therapist-private-details.resolver';
import { therapistReference } from './therapists/therapist.reference';
import { TherapistResolver } from './therapists/therapist.resolver';
import { UserTherapistProfileResolver } from './therapists/user-therapist-profile.resolver';
import { composeTherapists } from './composition';
import { THERAPIST_USERS_PATH, therapistUsersRoute } from './notices/therapist-users.route';

/**
 * The therapists subgraph: owns `Therapist` (the listing), its moderation and the public
 * directory search; contributes `User.therapistProfile`.
 */
export const therapistsSubgraph: SubgraphDefinition = {
  name: 'therapists',
  envPrefix: 'THERAPISTS',
  database: 'therapists',
  defaultPort: 4102,
  packageRoot: path.resolve(__dirname, '..'),
  entities: [Therapist, ListingEvent, OutboxEvent],
  resolvers: [
    TherapistResolver,
    TherapistFieldsResolver,
    TherapistCoverageResolver,
    TherapistPrivateDetailsResolver,
    UserTherapistProfileResolver,
    TherapistSearchResolver,
    ListingResolver,
    ModerationResolver,
    ModerationQueueResolver,
    AdminModerationResolver,
    AdminTherapistsResolver,
    ListingEventResolver,
    PersonalDataExportResolver,
  ],
  // Reached only through `_entities`: type-graphql must be told it exists.
  orphanedTypes: [PersonalDataExportStub],
  referenceResolvers: { ...therapistReference, ...personalDataExportReference },
  // The geocoder, built when serving.
  compose: composeTherapists,
  // The delivery worker asks who is behind a listing (SYSTEM internal token only).
  publicRoutes: { [THERAPIST_USERS_PATH]: therapistUsersRoute },
  seed: seedDemo,
};
