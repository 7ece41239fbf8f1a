import path from 'node:path';
import type { SubgraphDefinition } from '@caregraph/runtime';
import { CarePlan } from './care-plans/care-plan.entity';
import { carePlanReference } from './care-plans/care-plan.reference';
import { CarePlanResolver } from './care-plans/care-plan.resolver';
import { TherapistCarePlansResolver } from './care-plans/therapist-care-plans.resolver';
import { UserCarePlansResolver } from './care-plans/user-care-plans.resolver';
import { seedDemo } from './seed/seed-demo';

/** The care-plans subgraph: owns `CarePlan`; contributes `User.carePlans` and `Therapist.carePlans`. */
export const carePlansSubgraph: SubgraphDefinition = {
  name: 'care-plans',
  envPrefix: 'CARE_PLANS',
  database: 'care_plans',
  defaultPort: 4104,
  packageRoot: path.resolve(__dirname, '..'),
  entities: [CarePlan],
  resolvers: [CarePlanResolver, UserCarePlansResolver, TherapistCarePlansResolver],
  referenceResolvers: carePlanReference,
  seed: seedDemo,
};
