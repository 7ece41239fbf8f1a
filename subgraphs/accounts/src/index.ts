export { accountsSubgraph } from './subgraph';
export { User } from './users/user.entity';
export { Role } from './users/role';
