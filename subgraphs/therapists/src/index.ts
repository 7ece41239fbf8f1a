export { therapistsSubgraph } from './subgraph';
export { Therapist } from './therapists/therapist.entity';
export { Condition } from './therapists/condition';
export { ListingStatus } from './therapists/listing-status';
export { SessionFormat } from './therapists/session-format';
export { HCPC_NUMBER_PATTERN, IsHcpcNumber } from './therapists/hcpc-number';
