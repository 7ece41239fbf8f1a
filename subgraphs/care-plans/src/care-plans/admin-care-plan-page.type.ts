import { Field, Int, ObjectType } from 'type-graphql';
import { CarePlan } from './care-plan.entity';

@ObjectType({ description: 'A page of care plans for admins (existence and status only), newest first, with the number matching the filter.' })
export class AdminCarePlanPage {
  @Field(() => [CarePlan], { description: 'The plans on this page; their content needs break-glass.' })
  items!: CarePlan[];

  @Field(() => Int, { description: 'How many plans match the filter in all.' })
  total!: number;
}
