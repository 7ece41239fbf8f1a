import { Field, ObjectType } from 'type-graphql';
import { UnsubscribeCategory } from './unsubscribe-category';

/** What an unsubscribe link did; says nothing about whose link it was. */
@ObjectType({ description: 'What following an unsubscribe link turned off.' })
export class UnsubscribeResult {
  @Field(() => UnsubscribeCategory, { description: 'The kind of notification that is now off, by e-mail and in the app (it can be turned back on in the app’s settings).' })
  category!: UnsubscribeCategory;
}
