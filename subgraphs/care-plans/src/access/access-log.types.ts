import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '@caregraph/runtime';
import { CarePlanAccessEntry } from './care-plan-access-entry.entity';

/** Relay connection of access entries, for `carePlanAccessLog`. */
export const CarePlanAccessConnection = ConnectionType(CarePlanAccessEntry, 'CarePlanAccess');

@ObjectType({ description: 'A page of break-glass uses, newest first, with the number matching the filter.' })
export class BreakGlassAccessPage {
  @Field(() => [CarePlanAccessEntry], { description: 'The uses on this page.' })
  items!: CarePlanAccessEntry[];

  @Field(() => Int, { description: 'How many uses match the filter in all.' })
  total!: number;
}
