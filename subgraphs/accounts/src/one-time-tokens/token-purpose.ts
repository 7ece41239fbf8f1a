/** What a one-time token was issued for; a token only works for its own purpose. */
export enum TokenPurpose {
  EMAIL_VERIFICATION = 'EMAIL_VERIFICATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
  /** The `mfaToken` of a sign-in whose password was right and whose code is still to come. */
  MFA_LOGIN = 'MFA_LOGIN',
  /** The `mfaToken` of an admin who must set up a second factor before getting a session. */
  MFA_ENROLMENT = 'MFA_ENROLMENT',
}
