import { Field, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity';

/** A signed-in session: a short-lived access token and the refresh token that renews it. */
@ObjectType({ description: 'A signed-in session: an access token for the graph and a refresh token to renew it.' })
export class Session {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>` with every request. A JWT signed with EdDSA; valid for 15 minutes.' })
  accessToken!: string;

  @Field(() => Date, { description: 'When the access token stops working: refresh the session shortly before.' })
  accessTokenExpiresAt!: Date;

  @Field({
    description:
      'Exchange it with `refreshSession` for a new session. Works once: keep only the newest one. Store it like a password (e.g. an HttpOnly cookie or the platform keychain).',
  })
  refreshToken!: string;

  @Field(() => Date, { description: 'When the refresh token stops working; after that the person signs in again.' })
  refreshTokenExpiresAt!: Date;

  @Field(() => Date, {
    description: 'When the session ends for good, however often it is refreshed: 30 days after signing in (12 hours for admins) unless configured otherwise. After it, `refreshSession` answers UNAUTHENTICATED and the person signs in again.',
  })
  sessionEndsAt!: Date;

  @Field(() => User, { description: 'The signed-in person.' })
  user!: User;
}
