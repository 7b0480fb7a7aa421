import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
import { PageError } from '../../../components/PageError';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useCurrentUser } from '../../../lib/auth/useCurrentUser';
import { formatDateTime, formatTimeRange } from '../../../lib/format';
import { fieldErrorsOf, unlessShownAtFields, useContractForm } from '../../../lib/forms/useContractForm';
import {
  useEvent,
  useEventMutations,
  useRegistrations,
  type Event,
  type Registration,
  type RegistrationInput,
} from '../api/events';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { PrivacyHint } from '../../../components/PrivacyHint';

type Loaded = Event & { etag: string };

/** One event: details and agenda, one's own registrations with waitlist state, and for the organiser the participant list. */
export function EventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const event = useEvent(id);
  const registrations = useRegistrations(id);
  const m = useEventMutations(id);
  if (event.isPending) return <Text>{t('common.loading')}</Text>;
  if (event.error) return <PageError error={event.error} />;
  const e = event.data;
  const mayOrganise = e.canOrganise === true;
  const canRegister = !user.hasRole('integration-client');
  const list = registrations.data ?? [];
  return (
    <Stack gap="md" maw={1000}>
      <PageTitle text={e.title} />
      <Group>
        <Badge size="lg" variant="light" c="dark">
          {t(`events.statuses.${e.status}`)}
        </Badge>
        <Text>{t(`events.kinds.${e.kind}`)}</Text>
        <Anchor component={Link} to="/veranstaltungen">
          {t('events.backToList')}
        </Anchor>
      </Group>
      {e.status === 'CANCELLED' && (
        <Alert color="red.9" title={t('events.cancelledTitle')}>
          {e.cancelReason}
        </Alert>
      )}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={4}>
            {e.motto && <Text fw={700}>{e.motto}</Text>}
            <Text>{formatTimeRange(e.startsAt, e.endsAt)}</Text>
            <Text>{e.venue ? `${e.venue}${e.host ? `, ${e.host.name}` : ''}` : t('events.online')}</Text>
            {e.onlineUrl && <Anchor href={e.onlineUrl}>{t('events.onlineLink')}</Anchor>}
          </Stack>
          <Stack gap={4}>
            <Text data-testid="places">{t('events.placesOf', { left: e.placesLeft, capacity: e.capacity })}</Text>
            {e.waitlistedCount > 0 && <Text>{t('events.waitlisted', { count: e.waitlistedCount })}</Text>}
            <Text>{t('events.deadlineOn', { date: formatDateTime(e.registrationDeadline) })}</Text>
          </Stack>
        </SimpleGrid>
        {e.agenda && (
          <>
            <Title order={2} size="h4" mt="md">
              {t('events.agenda')}
            </Title>
            <Text style={{ whiteSpace: 'pre-line' }}>{e.agenda}</Text>
          </>
        )}
        {e.documentation && (
          <>
            <Title order={2} size="h4" mt="md">
              {t('events.documentation')}
            </Title>
            {e.documentation.outcomes && (
              <Text>
                <Text span fw={700}>
                  {t('events.outcomes')}:
                </Text>{' '}
                {e.documentation.outcomes}
              </Text>
            )}
            {e.documentation.lessonsLearned && (
              <Text>
                <Text span fw={700}>
                  {t('events.lessons')}:
                </Text>{' '}
                {e.documentation.lessonsLearned}
              </Text>
            )}
            {e.documentation.minutes && (
              <Text style={{ whiteSpace: 'pre-line' }}>
                <Text span fw={700}>
                  {t('events.minutes')}:
                </Text>{' '}
                {e.documentation.minutes}
              </Text>
            )}
          </>
        )}
      </Paper>
      {canRegister && <MyRegistrations registrations={list} organiser={mayOrganise} m={m} />}
      {canRegister && e.status === 'OPEN' && (
        <RegistrationForm m={m} defaultName={user.name ?? ''} defaultEmail={user.email ?? ''} />
      )}
      {mayOrganise && <OrganiserPanel key={e.etag} event={e} registrations={list} m={m} />}
    </Stack>
  );
}

type Mutations = ReturnType<typeof useEventMutations>;

function statusText(t: (k: string, o?: Record<string, unknown>) => string, r: Registration) {
  return r.status === 'WAITLISTED'
    ? t('events.waitlistPosition', { position: r.waitlistPosition })
    : t(`events.registrationStatuses.${r.status}`);
}

/** What the caller entered (for an organiser: shown in the participant list instead). */
function MyRegistrations({
  registrations,
  organiser,
  m,
}: {
  registrations: Registration[];
  organiser: boolean;
  m: Mutations;
}) {
  const { t } = useTranslation();
  if (organiser || registrations.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {t('events.myRegistrations')}
      </Title>
      <Stack gap="xs">
        {registrations.map((r) => (
          <Group key={r.id} justify="space-between">
            <Text>
              {r.name} ·{' '}
              <Text span fw={700} data-testid="my-registration-status">
                {statusText(t, r)}
              </Text>
            </Text>
            {(r.status === 'REGISTERED' || r.status === 'WAITLISTED') && (
              <CancelRegistration
                name={r.name}
                size="xs"
                variant="outline"
                onConfirm={() => m.cancelRegistration.mutate(r.id)}
              />
            )}
          </Group>
        ))}
      </Stack>
      <ProblemAlert error={m.cancelRegistration.error} />
    </Paper>
  );
}

function RegistrationForm({
  m,
  defaultName,
  defaultEmail,
}: {
  m: Mutations;
  defaultName: string;
  defaultEmail: string;
}) {
  const { t } = useTranslation();
  const form = useContractForm({
    schema: 'RegistrationInput',
    initialValues: { self: true, name: defaultName, email: defaultEmail, organisation: '' },
    toInput: ({ organisation, ...v }) => ({ ...v, ...(organisation ? { organisation } : {}) }),
    serverErrors: fieldErrorsOf(m.register.error),
  });
  // After registering somebody else, the form is ready for the next person.
  const submit = (input: RegistrationInput) =>
    m.register.mutate(input, {
      onSuccess: () => {
        if (!input.self) form.setValues({ name: '', email: '' });
      },
    });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {t('events.register')}
      </Title>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Checkbox
            label={t('events.registerSelf')}
            {...form.getInputProps('self', { type: 'checkbox' })}
            onChange={(e) => {
              const self = e.currentTarget.checked;
              form.setValues({ self, name: self ? defaultName : '', email: self ? defaultEmail : '' });
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('events.personName')} required {...form.getInputProps('name')} />
            <TextInput label={t('events.email')} type="email" required {...form.getInputProps('email')} />
            <TextInput label={t('events.organisation')} {...form.getInputProps('organisation')} />
          </SimpleGrid>
          <PrivacyHint />
          <ProblemAlert error={unlessShownAtFields(m.register.error)} />
          {m.register.data && (
            <Text role="status">
              {t('events.registeredAs', { name: m.register.data.name, status: statusText(t, m.register.data) })}
            </Text>
          )}
          <Button type="submit" style={{ alignSelf: 'flex-start' }} loading={m.register.isPending}>
            {t('events.registerSubmit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** Life cycle, participant list with attendance check-in, and the documentation after the event. */
function OrganiserPanel({ event, registrations, m }: { event: Loaded; registrations: Registration[]; m: Mutations }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const documentation = useContractForm({
    schema: 'EventDocumentation',
    initialValues: {
      outcomes: event.documentation?.outcomes ?? '',
      minutes: event.documentation?.minutes ?? '',
      lessonsLearned: event.documentation?.lessonsLearned ?? '',
    },
    toInput: (v) => v,
    serverErrors: fieldErrorsOf(m.document.error),
  });
  const held = event.status === 'HELD';
  const error = m.step.error ?? m.cancel.error ?? unlessShownAtFields(m.document.error) ?? m.attendance.error;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {t('events.organiser')}
      </Title>
      <Group mb="sm">
        {event.status === 'PLANNED' && (
          <Button onClick={() => m.step.mutate({ step: 'opening', etag: event.etag })}>{t('events.open')}</Button>
        )}
        {event.status === 'OPEN' && (
          <Button variant="light" onClick={() => m.step.mutate({ step: 'closing', etag: event.etag })}>
            {t('events.close')}
          </Button>
        )}
        {(event.status === 'OPEN' || event.status === 'CLOSED') && (
          <ConfirmButton
            variant="light"
            title={t('events.confirmHeld')}
            message={t('events.confirmHeldText')}
            onConfirm={() => m.step.mutate({ step: 'completion', etag: event.etag })}
          >
            {t('events.markHeld')}
          </ConfirmButton>
        )}
      </Group>
      {event.status !== 'HELD' && event.status !== 'CANCELLED' && (
        <Group align="flex-end" mb="sm">
          <TextInput
            style={{ flex: 1 }}
            label={t('events.cancelReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <ConfirmButton
            variant="outline"
            color="red.9"
            disabled={reason.trim().length < 3}
            title={t('events.confirmCancelEvent')}
            message={t('events.confirmCancelEventText', { title: event.title, reason: reason.trim() })}
            irreversible
            onConfirm={() => m.cancel.mutate({ reason, etag: event.etag })}
          >
            {t('events.cancelEvent')}
          </ConfirmButton>
        </Group>
      )}
      <ProblemAlert error={error} />
      <Title order={3} size="h4" mt="md" mb="xs">
        {t('events.participants', { count: registrations.filter((r) => r.status !== 'CANCELLED').length })}
      </Title>
      {registrations.length === 0 ? (
        <Text>{t('events.noRegistrations')}</Text>
      ) : (
        <TableScroll
          label={t('events.participants', { count: registrations.filter((r) => r.status !== 'CANCELLED').length })}
        >
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('events.personName')}</Table.Th>
                <Table.Th scope="col">{t('events.organisation')}</Table.Th>
                <Table.Th scope="col">{t('events.site')}</Table.Th>
                <Table.Th scope="col">{t('events.registrationStatus')}</Table.Th>
                <Table.Th scope="col">
                  {held ? (
                    t('events.attendance')
                  ) : (
                    <span className="visually-hidden">{t('events.cancelRegistration')}</span>
                  )}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {registrations.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    {r.name}
                    <Text size="xs">{r.email}</Text>
                  </Table.Td>
                  <Table.Td>{r.organisation ?? ''}</Table.Td>
                  <Table.Td>{r.site?.name ?? ''}</Table.Td>
                  <Table.Td>{statusText(t, r)}</Table.Td>
                  <Table.Td>
                    {held && r.status !== 'WAITLISTED' && r.status !== 'CANCELLED' && (
                      <Group gap={4}>
                        <Button
                          size="compact-xs"
                          variant={r.status === 'ATTENDED' ? 'filled' : 'default'}
                          aria-pressed={r.status === 'ATTENDED'}
                          aria-label={t('events.attendedOf', { name: r.name })}
                          onClick={() => m.attendance.mutate({ registrationId: r.id, status: 'ATTENDED' })}
                        >
                          {t('events.attended')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant={r.status === 'NO_SHOW' ? 'filled' : 'default'}
                          aria-pressed={r.status === 'NO_SHOW'}
                          aria-label={t('events.noShowOf', { name: r.name })}
                          onClick={() => m.attendance.mutate({ registrationId: r.id, status: 'NO_SHOW' })}
                        >
                          {t('events.noShow')}
                        </Button>
                      </Group>
                    )}
                    {!held && (r.status === 'REGISTERED' || r.status === 'WAITLISTED') && (
                      <CancelRegistration
                        name={r.name}
                        size="compact-xs"
                        variant="subtle"
                        onConfirm={() => m.cancelRegistration.mutate(r.id)}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {held && (
        <form
          onSubmit={documentation.onSubmit((input) => m.document.mutate({ etag: event.etag, ...input }))}
          noValidate
        >
          <Stack gap="sm" mt="md">
            <Title order={3} size="h4">
              {t('events.documentation')}
            </Title>
            <Textarea label={t('events.outcomes')} autosize minRows={2} {...documentation.getInputProps('outcomes')} />
            <Textarea label={t('events.minutes')} autosize minRows={3} {...documentation.getInputProps('minutes')} />
            <Textarea
              label={t('events.lessons')}
              autosize
              minRows={2}
              {...documentation.getInputProps('lessonsLearned')}
            />
            <Button type="submit" style={{ alignSelf: 'flex-start' }} loading={m.document.isPending}>
              {t('events.saveDocumentation')}
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}

/** Cancelling somebody's registration: asks first and says that the waitlist moves up. */
function CancelRegistration({
  name,
  size,
  variant,
  onConfirm,
}: {
  name: string;
  size: string;
  variant: 'outline' | 'subtle';
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmButton
      size={size}
      variant={variant}
      color={variant === 'outline' ? 'red.9' : undefined}
      aria-label={t('events.cancelRegistrationOf', { name })}
      title={t('events.confirmCancelRegistration')}
      message={t('events.confirmCancelRegistrationText', { name })}
      irreversible
      onConfirm={onConfirm}
    >
      {t('events.cancelRegistration')}
    </ConfirmButton>
  );
}
