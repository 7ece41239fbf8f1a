import { registerEnumType } from 'type-graphql';

/** What was done to an organisation, its members or its API clients. */
export enum OrganisationAuditAction {
  CREATED = 'CREATED',
  VERIFIED = 'VERIFIED',
  SCOPES_CHANGED = 'SCOPES_CHANGED',
  MEMBER_ADDED = 'MEMBER_ADDED',
  MEMBER_REMOVED = 'MEMBER_REMOVED',
  API_CLIENT_CREATED = 'API_CLIENT_CREATED',
  API_CLIENT_SECRET_ROTATED = 'API_CLIENT_SECRET_ROTATED',
  API_CLIENT_REVOKED = 'API_CLIENT_REVOKED',
}

registerEnumType(OrganisationAuditAction, {
  name: 'OrganisationAuditAction',
  description: 'What was done to an organisation, its members or its API clients.',
  valuesConfig: {
    CREATED: { description: 'An admin added the organisation.' },
    VERIFIED: { description: 'An admin verified who the organisation is.' },
    SCOPES_CHANGED: { description: "An admin changed what the organisation's systems may do; tokens holding a scope taken away stopped working." },
    MEMBER_ADDED: { description: 'A person was added, or their role changed.' },
    MEMBER_REMOVED: { description: 'A person was removed.' },
    API_CLIENT_CREATED: { description: 'An API client was created.' },
    API_CLIENT_SECRET_ROTATED: { description: "An API client's secret was replaced." },
    API_CLIENT_REVOKED: { description: 'An API client was revoked: it gets no more tokens and its tokens stopped working.' },
  },
});
