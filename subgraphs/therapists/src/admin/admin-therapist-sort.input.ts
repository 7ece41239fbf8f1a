import { IsEnum } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { AdminSortOrder } from '@caregraph/runtime';

/** What the admin listing list can be ordered by. */
export enum AdminTherapistSortField {
  UPDATED_AT = 'UPDATED_AT',
  CREATED_AT = 'CREATED_AT',
  DISPLAY_NAME = 'DISPLAY_NAME',
  STATUS = 'STATUS',
  CITY = 'CITY',
}

registerEnumType(AdminTherapistSortField, {
  name: 'AdminTherapistSortField',
  description: 'What the admin list of listings can be ordered by.',
  valuesConfig: {
    UPDATED_AT: { description: 'When the listing last changed.' },
    CREATED_AT: { description: 'When the listing was created.' },
    DISPLAY_NAME: { description: 'Name shown to clients, ignoring letter case.' },
    STATUS: { description: 'Moderation status, by its name.' },
    CITY: { description: 'Town or city, ignoring letter case; listings without one come last.' },
  },
});

/** How to order the admin listing list. */
@InputType({ description: 'How to order the admin list of listings; ties are broken by id.' })
export class AdminTherapistSort {
  @Field(() => AdminTherapistSortField, { description: 'What to order by.' })
  @IsEnum(AdminTherapistSortField, { message: '$property must be one of UPDATED_AT, CREATED_AT, DISPLAY_NAME, STATUS, CITY.' })
  field!: AdminTherapistSortField;

  @Field(() => AdminSortOrder, { description: 'Which way.' })
  @IsEnum(AdminSortOrder, { message: '$property must be ASC or DESC.' })
  order!: AdminSortOrder;
}
