import { Field, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity';
import type { Session } from './session.type';

/**
 * The answer to `login`. Either the person is signed in (tokens and user set, `mfaRequired`
 * false), or a second factor is needed first (`mfaRequired` true, `mfaToken` set, everything
 * else null): a code (`completeMfaLogin`), or for an admin without one, setting one up
 * (`mfaEnrolmentRequired`; src/mfa/).
 */
@ObjectType({
  description:
    'The result of signing in. When `mfaRequired` is false the tokens and `user` are set. When it is true, no session exists yet and the token fields are null: if `mfaEnrolmentRequired` is false, send a code from the authenticator app (or a recovery code) with `mfaToken` to `completeMfaLogin`; if it is true (admins must use two-step verification), set up an authenticator app with `startMfaEnrolment` and `confirmMfaEnrolment`, passing `mfaToken`, which answers with the session.',
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

  @Field(() => Date, {
    nullable: true,
    description: 'When the session ends for good, however often it is refreshed: 30 days after signing in (12 hours for admins) unless configured otherwise. After it, `refreshSession` answers UNAUTHENTICATED and the person signs in again. Null while a second factor is required.',
  })
  sessionEndsAt: Date | null = null;

  @Field(() => User, { nullable: true, description: 'The signed-in person; null while a second factor is required.' })
  user: User | null = null;

  @Field(() => Boolean, { description: 'True when the password was right but a second factor (an authenticator code) is still needed.' })
  mfaRequired = false;

  @Field(() => Boolean, {
    description:
      'True when the account must set up two-step verification before it can sign in (admins always need it): `mfaToken` then only works with `startMfaEnrolment` and `confirmMfaEnrolment`.',
  })
  mfaEnrolmentRequired = false;

  @Field(() => String, {
    nullable: true,
    description: 'Short-lived, single-use token proving the password step, to present with the second factor (5 minutes; 15 when setting one up); null otherwise.',
  })
  mfaToken: string | null = null;

  /** A complete sign-in. */
  static signedIn(session: Session): LoginPayload {
    return Object.assign(new LoginPayload(), session);
  }

  /** The password was right; the second factor is still to come (src/mfa/). */
  static secondFactorRequired(mfaToken: string): LoginPayload {
    return Object.assign(new LoginPayload(), { mfaRequired: true, mfaToken });
  }

  /** The password was right, but the account must set up a second factor before it gets a session. */
  static enrolmentRequired(mfaToken: string): LoginPayload {
    return Object.assign(new LoginPayload(), { mfaRequired: true, mfaEnrolmentRequired: true, mfaToken });
  }
}
