import { AdminPageArgs } from '@caregraph/runtime';
import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { DeliveryFilter } from './delivery-filter.input';

/** Filter and page of `deliveries`. */
@ArgsType()
export class DeliveriesArgs extends AdminPageArgs {
  @Field(() => DeliveryFilter, { nullable: true, description: 'Conditions; none lists every delivery.' })
  @IsOptional()
  @ValidateNested()
  filter?: DeliveryFilter | null;
}
