import path from 'node:path';
import type { SubgraphDefinition } from '@caregraph/runtime';
import { seedDemo } from './seed/seed-demo';
import { User } from './users/user.entity';
import { userReference } from './users/user.reference';
import { UserResolver } from './users/user.resolver';

/** The accounts subgraph: owns `User`. */
export const accountsSubgraph: SubgraphDefinition = {
  name: 'accounts',
  envPrefix: 'ACCOUNTS',
  database: 'accounts',
  defaultPort: 4101,
  packageRoot: path.resolve(__dirname, '..'),
  entities: [User],
  resolvers: [UserResolver],
  referenceResolvers: userReference,
  seed: seedDemo,
};
