import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import type { OrganisationRole } from '../gql/graphql';
import { useOrganisationAction } from './use-organisation-action';

const ORGANISATION_ROLE_NAMES: Record<OrganisationRole, string> = { MEMBER: 'Member', ADMIN: 'Admin (manages its API clients)' };

/** Adds a person with a Caregraph account to the organisation by their e-mail address, as its admin or member. */
export function MemberAdder() {
  const { act, busy } = useOrganisationAction();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<OrganisationRole>('MEMBER');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void act({ action: 'addMember', email, role }, `${email.trim()} is now ${role === 'ADMIN' ? 'an admin' : 'a member'} of the organisation.`, () => setEmail(''));
  };
  return (
    <Stack component="form" direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} onSubmit={submit} noValidate aria-label="Add a member">
      <TextField size="small" label="E-mail address of their Caregraph account" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required sx={{ minWidth: 320 }} />
      <TextField size="small" select label="Role" value={role} onChange={(e) => setRole(e.target.value as OrganisationRole)} sx={{ minWidth: 160 }}>
        {(['MEMBER', 'ADMIN'] as const).map((r) => (
          <MenuItem key={r} value={r}>
            {ORGANISATION_ROLE_NAMES[r]}
          </MenuItem>
        ))}
      </TextField>
      <Button type="submit" variant="outlined" disabled={busy}>
        Add member
      </Button>
    </Stack>
  );
}
