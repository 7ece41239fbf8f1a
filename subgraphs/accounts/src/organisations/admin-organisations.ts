import { AdminPageArgs } from '@caregraph/runtime';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { IsBoolean, IsEnum, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { Organisation } from './organisation.entity';
import { OrganisationKind } from './organisation-kind';

@InputType({ description: 'Narrows the admin list of organisations; every given condition must hold.' })
export class AdminOrganisationFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or the ODS code, ignoring letter case (up to 100 characters).' })
  @IsOptional()
  @MaxLength(100, { message: '$property must be at most 100 characters long.' })
  search?: string | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'Only organisations of this kind.' })
  @IsOptional()
  @IsEnum(OrganisationKind, { message: '$property must be an organisation kind.' })
  kind?: OrganisationKind | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only verified organisations; false: only those waiting to be verified.' })
  @IsOptional()
  @IsBoolean({ message: '$property must be true or false.' })
  verified?: boolean | null;
}

@ArgsType()
export class AdminOrganisationsArgs extends AdminPageArgs {
  @Field(() => AdminOrganisationFilter, { nullable: true, description: 'Which organisations.' })
  @IsOptional()
  @ValidateNested()
  filter?: AdminOrganisationFilter | null;
}

@ObjectType({ description: 'A page of organisations for admins, with the number matching the filter.' })
export class AdminOrganisationPage {
  @Field(() => [Organisation], { description: 'The organisations on this page, those waiting to be verified first, then by name.' })
  items!: Organisation[];

  @Field(() => Int, { description: 'How many organisations match the filter in all.' })
  total!: number;
}

/** One page of organisations: unverified first (the admin's to-do list), then by name. */
export async function listOrganisationsForAdmin(em: EntityManager, args: AdminOrganisationsArgs): Promise<AdminOrganisationPage> {
  const where: FilterQuery<Organisation> = {};
  const search = args.filter?.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.$or = [{ name: { $ilike: pattern } }, { odsCode: { $ilike: pattern } }];
  }
  if (args.filter?.kind) where.kind = args.filter.kind;
  if (args.filter?.verified === true) where.verifiedAt = { $ne: null };
  if (args.filter?.verified === false) where.verifiedAt = null;
  const [items, total] = await em.findAndCount(Organisation, where, { orderBy: [{ verifiedAt: 'asc nulls first' }, { name: 'asc' }, { id: 'asc' }], limit: args.limit, offset: args.offset });
  return Object.assign(new AdminOrganisationPage(), { items, total });
}
