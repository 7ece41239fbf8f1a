import { registerEnumType } from 'type-graphql';

/** What an admin did to an account. */
export enum AccountAuditAction {
  LOCK = 'LOCK',
  UNLOCK = 'UNLOCK',
  ROLE_CHANGE = 'ROLE_CHANGE',
}

registerEnumType(AccountAuditAction, {
  name: 'AccountAuditAction',
  description: 'An action an admin took on an account.',
  valuesConfig: {
    LOCK: { description: 'Locked the account: it cannot sign in, and its sessions were ended.' },
    UNLOCK: { description: 'Unlocked the account.' },
    ROLE_CHANGE: { description: 'Changed the account’s role; its sessions were ended so the new role applies at the next sign-in.' },
  },
});
