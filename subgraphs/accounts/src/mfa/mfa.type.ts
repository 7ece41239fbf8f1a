import { Field, ObjectType } from 'type-graphql';
import { Session } from '../auth/session.type';

/** What an authenticator app needs to be set up. */
@ObjectType({
  description:
    'An authenticator app being set up. Show `otpauthUri` as a QR code (or `secret` for typing in), then confirm with the first code the app shows (`confirmMfaEnrolment`). Shown once: never stored in the clear, never shown again.',
})
export class MfaEnrolment {
  @Field({ description: 'The shared secret in base32, for typing into an authenticator app that cannot scan a QR code.' })
  secret!: string;

  @Field({ description: 'An `otpauth://totp/Caregraph:<email>?secret=…&issuer=Caregraph` URI: render it as a QR code for the app to scan.' })
  otpauthUri!: string;
}

/** The outcome of confirming an authenticator app. */
@ObjectType({ description: 'Two-step verification is on.' })
export class MfaEnrolmentResult {
  @Field(() => [String], {
    description:
      'Ten single-use recovery codes for signing in without the authenticator app. Shown only this once: ask the person to keep them somewhere safe. Earlier codes no longer work.',
  })
  recoveryCodes!: string[];

  @Field(() => Session, {
    nullable: true,
    description: 'The session, when the set-up was the last step of signing in (confirmed with an `mfaToken`); null when already signed in.',
  })
  session!: Session | null;
}
