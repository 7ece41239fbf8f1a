export { carePlansSubgraph } from './subgraph';
export { CarePlan } from './care-plans/care-plan.entity';
export { CarePlanStatus } from './care-plans/care-plan-status';
