import path from 'node:path';
import type { SubgraphDefinition } from '@caregraph/runtime';
import { CarePlan } from './care-plans/care-plan.entity';
import { carePlanReference } from './care-plans/care-plan.reference';
import { CarePlanResolver } from './care-plans/care-plan.resolver';
import { TherapistCarePlansResolver } from './care-plans/therapist-care-plans.resolver';
import { UserCarePlansResolver } from './care-plans/user-care-plans.resolver';
import { CarePlanErasureResolver } from './erasure/care-plan-erasure.resolver';
import { personalDataExportReference } from './personal-data/personal-data-export.reference';
import { PersonalDataExportResolver } from './personal-data/personal-data-export.resolver';
import { PersonalDataExportStub } from './personal-data/personal-data-export.stub';
import { seedDemo } from './seed/seed-demo';

/**
 * The care-plans subgraph: owns `CarePlan`; contributes `User.carePlans`, `Therapist.carePlans`
 * and `PersonalDataExport.carePlans`; erases a client's plans for accounts (`eraseClientCarePlans`).
 */
export const carePlansSubgraph: SubgraphDefinition = {
  name: 'care-plans',
  envPrefix: 'CARE_PLANS',
  database: 'care_plans',
  defaultPort: 4104,
  packageRoot: path.resolve(__dirname, '..'),
  entities: [CarePlan],
  resolvers: [CarePlanResolver, UserCarePlansResolver, TherapistCarePlansResolver, PersonalDataExportResolver, CarePlanErasureResolver],
  // Reached only through `_entities` (accounts' `exportMyData` returns it), so named here.
  orphanedTypes: [PersonalDataExportStub],
  referenceResolvers: { ...carePlanReference, ...personalDataExportReference },
  seed: seedDemo,
};
