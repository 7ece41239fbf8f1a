import { Field, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity';
import type { Session } from './session.type';

/**
 * The answer to `login`. Either the person is signed in (tokens and user set, `mfaRequired`
 * false), or a second factor is needed first (`mfaRequired` true, `mfaToken` set, everything
 * else null) — the seam through which TOTP (src/mfa/) plugs in without changing the API.
 */
@ObjectType({
  description:
    'The result of signing in. When `mfaRequired` is false the tokens and `user` are set. When it is true, no session exists yet: complete the second factor with `mfaToken`; the token fields are then null.',
})
export class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Access token (JWT, EdDSA, 15 minutes); null while a second factor is required.' })
  accessToken: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the access token expires; null while a second factor is required.' })
  accessTokenExpiresAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Single-use refresh token for `refreshSession`; null while a second factor is required.' })
  refreshToken: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the refresh token expires; null while a second factor is required.' })
  refreshTokenExpiresAt: Date | null = null;

  @Field(() => User, { nullable: true, description: 'The signed-in person; null while a second factor is required.' })
  user: User | null = null;

  @Field(() => Boolean, { description: 'True when the password was right but a second factor (an authenticator code) is still needed.' })
  mfaRequired = false;

  @Field(() => String, { nullable: true, description: 'Short-lived token proving the password step, to present with the second factor; null otherwise.' })
  mfaToken: string | null = null;

  /** A complete sign-in. */
  static signedIn(session: Session): LoginPayload {
    return Object.assign(new LoginPayload(), session);
  }

  /** The password was right; the second factor is still to come (used by src/mfa/). */
  static secondFactorRequired(mfaToken: string): LoginPayload {
    return Object.assign(new LoginPayload(), { mfaRequired: true, mfaToken });
  }
}
