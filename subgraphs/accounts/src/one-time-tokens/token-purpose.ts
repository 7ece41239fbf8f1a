/** What a one-time token was issued for; a token only works for its own purpose. */
export enum TokenPurpose {
  EMAIL_VERIFICATION = 'EMAIL_VERIFICATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
}
