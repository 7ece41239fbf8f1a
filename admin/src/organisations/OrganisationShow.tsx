import { Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Show, useRecordContext } from 'react-admin';
import { labelList } from '../format/choices';
import { formatDateTime } from '../format/format';
import type { OrganisationDetailFragment } from '../gql/graphql';
import { Facts, Section } from '../layout/detail';
import { visuallyHidden } from '../layout/visually-hidden';
import { ApiClientCreator } from './ApiClientCreator';
import { API_SCOPE_LABELS, ORGANISATION_AUDIT_ACTION_LABELS, ORGANISATION_KIND_LABELS, ORGANISATION_ROLE_LABELS } from './labels';
import { MemberAdder } from './MemberAdder';
import { useOrganisationAction } from './use-organisation-action';
import { WebhookEndpoints } from './WebhookEndpoints';


function Members({ organisation }: { organisation: OrganisationDetailFragment }) {
  const { act, busy } = useOrganisationAction();
  if (!organisation.members) return <Typography>Loading the members…</Typography>;
  return (
    <Stack spacing={2}>
      {organisation.members.length === 0 ? (
        <Typography>Nobody belongs to this organisation yet.</Typography>
      ) : (
        <Table size="small" aria-label="Members">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">Name</TableCell>
              <TableCell component="th" scope="col">E-mail address</TableCell>
              <TableCell component="th" scope="col">Role</TableCell>
              <TableCell component="th" scope="col">Added</TableCell>
              <TableCell component="th" scope="col"><Box component="span" sx={visuallyHidden}>Actions</Box></TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {organisation.members.map((m) => (
              <TableRow key={m.id}>
                <TableCell>{m.user.displayName}</TableCell>
                <TableCell>{m.user.email ?? '—'}</TableCell>
                <TableCell>{ORGANISATION_ROLE_LABELS[m.role]}</TableCell>
                <TableCell>{formatDateTime(m.addedAt)}</TableCell>
                <TableCell>
                  <Button size="small" color="error" disabled={busy} onClick={() => void act({ action: 'removeMember', userId: m.user.id }, `${m.user.displayName} no longer belongs to ${organisation.name}.`)}>
                    Remove<Box component="span" sx={visuallyHidden}> {m.user.displayName}</Box>
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <MemberAdder />
    </Stack>
  );
}

function ApiClients({ organisation }: { organisation: OrganisationDetailFragment }) {
  const { act, busy } = useOrganisationAction();
  if (!organisation.apiClients) return <Typography>Loading the API clients…</Typography>;
  return (
    <Stack spacing={2}>
      {organisation.apiClients.length === 0 ? (
        <Typography>No API clients yet.</Typography>
      ) : (
        <Table size="small" aria-label="API clients">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">Name</TableCell>
              <TableCell component="th" scope="col">Client id</TableCell>
              <TableCell component="th" scope="col">Scopes</TableCell>
              <TableCell component="th" scope="col">Last token</TableCell>
              <TableCell component="th" scope="col">State</TableCell>
              <TableCell component="th" scope="col"><Box component="span" sx={visuallyHidden}>Actions</Box></TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {organisation.apiClients.map((c) => (
              <TableRow key={c.id}>
                <TableCell>{c.name}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{c.id}</TableCell>
                <TableCell>{labelList(c.scopes, API_SCOPE_LABELS)}</TableCell>
                <TableCell>{formatDateTime(c.lastUsedAt) || 'Never'}</TableCell>
                <TableCell>{c.active ? 'Working' : `Revoked ${formatDateTime(c.revokedAt)}`}</TableCell>
                <TableCell>
                  {c.active && (
                    <Button size="small" color="error" disabled={busy} onClick={() => void act({ action: 'revokeClient', apiClientId: c.id }, `${c.name} is revoked: it gets no more tokens, and its tokens stop working within seconds.`)}>
                      Revoke<Box component="span" sx={visuallyHidden}> {c.name}</Box>
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {organisation.verified ? <ApiClientCreator organisation={organisation} /> : <Typography>Verify the organisation before it can have API clients.</Typography>}
    </Stack>
  );
}

function History({ organisation }: { organisation: OrganisationDetailFragment }) {
  if (!organisation.history) return <Typography>Loading the history…</Typography>;
  return (
    <Table size="small" aria-label="History">
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">When</TableCell>
          <TableCell component="th" scope="col">What</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {organisation.history.map((h) => (
          <TableRow key={h.id}>
            <TableCell>{formatDateTime(h.createdAt)}</TableCell>
            <TableCell>{ORGANISATION_AUDIT_ACTION_LABELS[h.action]}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function OrganisationDetail() {
  const organisation = useRecordContext<OrganisationDetailFragment>();
  const { act, busy } = useOrganisationAction();
  if (!organisation) return null;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" useFlexGap spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {organisation.name} — {ORGANISATION_KIND_LABELS[organisation.kind]}
        </Typography>
        {!organisation.verified && (
          <Button variant="contained" disabled={busy} onClick={() => void act({ action: 'verify' }, `${organisation.name} is verified: its admins can now create API clients.`)}>
            Verify organisation
          </Button>
        )}
      </Stack>
      <Section title="Organisation">
        <Facts
          items={[
            ['Kind', ORGANISATION_KIND_LABELS[organisation.kind]],
            ['ODS code', organisation.odsCode],
            ['Verified', organisation.verifiedAt ? `Yes, ${formatDateTime(organisation.verifiedAt)}` : 'Not yet'],
            ['What its systems may do', labelList(organisation.grantedScopes, API_SCOPE_LABELS) || 'Nothing yet'],
            ['Added', formatDateTime(organisation.createdAt)],
          ]}
        />
      </Section>
      <Section title="Members">
        <Members organisation={organisation} />
      </Section>
      <Section title="API clients">
        <ApiClients organisation={organisation} />
      </Section>
      <Section title="Referrals">
        <Typography>
          Where its referrals stand (states only: what they say is the therapist's and the person's):{' '}
          <Link to={`/referrals?filter=${encodeURIComponent(JSON.stringify({ organisationId: organisation.id }))}`}>see {organisation.name}'s referrals</Link>.
        </Typography>
      </Section>
      <Section title="Webhooks">
        <WebhookEndpoints organisation={organisation} />
      </Section>
      <Section title="History">
        <History organisation={organisation} />
      </Section>
    </Stack>
  );
}

/** One organisation: details, verification, members, API clients (created here, secret shown once; revoked here), its webhook endpoints with their delivery logs (replay, disable) and history. */
export function OrganisationShow() {
  return (
    <Show title="Organisation" actions={false} component="div">
      <OrganisationDetail />
    </Show>
  );
}
