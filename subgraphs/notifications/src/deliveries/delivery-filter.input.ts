import { IsEnum, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { NotificationKind } from '../inbox/notification-kind';
import { DeliveryChannel } from './delivery-channel';
import { DeliveryStatus } from './delivery-status';

/** Narrows the admin list of deliveries. */
@InputType({ description: 'Narrows the admin list of deliveries; every condition given must hold.' })
export class DeliveryFilter {
  @Field(() => DeliveryStatus, { nullable: true, description: 'Only deliveries in this status (DEAD: the ones to retry).' })
  @IsOptional()
  @IsEnum(DeliveryStatus, { message: '$property must be a delivery status.' })
  status?: DeliveryStatus | null;

  @Field(() => NotificationKind, { nullable: true, description: 'Only deliveries of this kind of notification.' })
  @IsOptional()
  @IsEnum(NotificationKind, { message: '$property must be a notification kind.' })
  kind?: NotificationKind | null;

  @Field(() => DeliveryChannel, { nullable: true, description: 'Only e-mail or only in-app deliveries.' })
  @IsOptional()
  @IsEnum(DeliveryChannel, { message: '$property must be a delivery channel.' })
  channel?: DeliveryChannel | null;
}
