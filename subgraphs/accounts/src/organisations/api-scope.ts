import { registerEnumType } from 'type-graphql';

/**
 * What an organisation's system may do (docs/adr/027). The values are the OAuth scope strings a token
 * request names and a token carries; the graph shows them by name. Admins give an organisation its scopes;
 * its admins give each API client some of them; a token never holds more than both allow.
 */
export enum ApiScope {
  ORGANISATION_READ = 'organisation:read',
  REFERRALS_WRITE = 'referrals:write',
  REFERRALS_READ = 'referrals:read',
  EVENTS_MANAGE = 'events:manage',
}

export const API_SCOPES: readonly string[] = Object.values(ApiScope);

registerEnumType(ApiScope, {
  name: 'ApiScope',
  description: "What an organisation's system may do through the graph. In a token request and in a token, each is written as its OAuth scope string (shown after each value).",
  valuesConfig: {
    ORGANISATION_READ: { description: '`organisation:read`: read its own organisation and API client (`currentApiClient`).' },
    REFERRALS_WRITE: { description: '`referrals:write`: refer people to Caregraph (with referrals).' },
    REFERRALS_READ: { description: "`referrals:read`: follow its own referrals' states (with referrals)." },
    EVENTS_MANAGE: { description: '`events:manage`: subscribe endpoints to events (with webhooks).' },
  },
});

/** `scopes` as stored: each once, in the catalogue's order. */
export function inCatalogueOrder(scopes: readonly string[]): string[] {
  return API_SCOPES.filter((scope) => scopes.includes(scope));
}

/** The scopes in `wanted` that `allowed` also holds, in the catalogue's order. */
export function intersectScopes(wanted: readonly string[], allowed: readonly string[]): string[] {
  return inCatalogueOrder(wanted).filter((scope) => allowed.includes(scope));
}
