/**
 * True when the graph's SDL offers `completeMfaLogin`, the second sign-in step for accounts with
 * two-step verification. The build reads it from the committed supergraph: until accounts'
 * mutation is composed into it, the TOTP step's operation is left out of type generation.
 */
export function schemaHasCompleteMfaLogin(sdl: string): boolean {
  return /^\s*completeMfaLogin\s*\(/m.test(sdl);
}
