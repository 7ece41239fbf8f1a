import { IsString, MaxLength, MinLength } from 'class-validator';

/** Shortest password accepted (NIST SP 800-63B, OWASP). */
export const PASSWORD_MIN_LENGTH = 8;
/**
 * Longest password accepted. Longer ones are refused, never cut short: argon2 hashes every
 * character, and the cap only keeps a request from making the server hash megabytes.
 */
export const PASSWORD_MAX_LENGTH = 256;

/** Validates a new password: a string of 8 to 256 characters, any characters allowed. */
export function IsNewPassword(): PropertyDecorator {
  const decorators = [
    IsString({ message: '$property must be text.' }),
    MinLength(PASSWORD_MIN_LENGTH, { message: `$property must be at least ${PASSWORD_MIN_LENGTH} characters long.` }),
    MaxLength(PASSWORD_MAX_LENGTH, { message: `$property must be at most ${PASSWORD_MAX_LENGTH} characters long.` }),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}
