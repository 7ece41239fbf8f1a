import path from 'node:path';
import type { SubgraphDefinition } from '@caregraph/runtime';
import { seedDemo } from './seed/seed-demo';
import { Therapist } from './therapists/therapist.entity';
import { therapistReference } from './therapists/therapist.reference';
import { TherapistResolver } from './therapists/therapist.resolver';
import { UserTherapistProfileResolver } from './therapists/user-therapist-profile.resolver';

/** The therapists subgraph: owns `Therapist` (the listing); contributes `User.therapistProfile`. */
export const therapistsSubgraph: SubgraphDefinition = {
  name: 'therapists',
  envPrefix: 'THERAPISTS',
  database: 'therapists',
  defaultPort: 4102,
  packageRoot: path.resolve(__dirname, '..'),
  entities: [Therapist],
  resolvers: [TherapistResolver, UserTherapistProfileResolver],
  referenceResolvers: therapistReference,
  seed: seedDemo,
};
