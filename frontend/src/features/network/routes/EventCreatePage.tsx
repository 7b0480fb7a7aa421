import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useAreas } from '../../../lib/api/areas';
import { usePublishedPrograms } from '../../../lib/api/programs';
import { useProgramRounds, useRoundSites } from '../../../lib/api/rounds';
import { useTopics } from '../../../lib/api/topics';
import { eventKindValues } from '../../../lib/api/schema';
import { useCreateEvent, type EventInput, type EventKind } from '../api/events';
import { berlinLocalToInstant } from '../../../lib/format';
import { numberOf } from '../../../lib/forms/contractValidation';
import { fieldErrorsOf, unlessShownAtFields, useContractForm } from '../../../lib/forms/useContractForm';

/** datetime-local, read as Berlin time whatever the browser's zone → RFC 3339 instant. */
const toInstant = berlinLocalToInstant;

/** Where the form edits what the contract names otherwise: the times as local date and time. */
const EVENT_FIELD_PATHS = { startsAt: 'start', endsAt: 'end', registrationDeadline: 'deadline' };

/** Plans an event (status PLANNED); a facilitator plans for one of their sites. */
export function EventCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const programs = usePublishedPrograms();
  const topics = useTopics();
  const create = useCreateEvent();
  const form = useContractForm({
    schema: 'EventInput',
    initialValues: {
      programId: null as string | null,
      roundId: null as string | null,
      siteId: null as string | null,
      kind: 'NETWORK_MEETING' as EventKind,
      title: '',
      motto: '',
      topicId: null as string | null,
      start: '',
      end: '',
      deadline: '',
      venue: '',
      hostKey: null as string | null,
      onlineUrl: '',
      capacity: 40 as number | string,
      agenda: '',
      public: true,
    },
    toInput: (v) => ({
      programId: v.programId ?? '',
      kind: v.kind,
      title: v.title,
      startsAt: toInstant(v.start),
      endsAt: toInstant(v.end),
      registrationDeadline: toInstant(v.deadline),
      capacity: numberOf(v.capacity),
      public: v.public,
      ...(v.roundId ? { roundId: v.roundId } : {}),
      ...(v.siteId ? { siteId: v.siteId } : {}),
      ...(v.motto ? { motto: v.motto } : {}),
      ...(v.topicId ? { topicId: v.topicId } : {}),
      ...(v.venue ? { venue: v.venue } : {}),
      ...(v.hostKey ? { hostKey: v.hostKey } : {}),
      ...(v.onlineUrl ? { onlineUrl: v.onlineUrl } : {}),
      ...(v.agenda ? { agenda: v.agenda } : {}),
    }),
    fieldPaths: EVENT_FIELD_PATHS,
    // The server's order of the times, checked before sending (datetime-local values compare as text).
    validate: (v) => ({
      ...(v.start && v.end && v.end <= v.start ? { end: t('forms.afterStart') } : {}),
      ...(v.end && v.deadline && v.deadline > v.end ? { deadline: t('forms.notAfterEnd') } : {}),
    }),
    serverErrors: fieldErrorsOf(create.error),
  });
  const { programId, roundId } = form.values;
  const [hostSearch, setHostSearch] = useState('');
  const rounds = useProgramRounds(programId);
  const sites = useRoundSites(roundId);
  const hosts = useAreas({ q: hostSearch || undefined, level: 'MUNICIPALITY', size: 20 });
  const submit = (input: EventInput) =>
    create.mutate(input, { onSuccess: (created) => navigate(`/veranstaltungen/${created.id}`) });
  const hostChoices = (hosts.data?.items ?? []).map((a) => ({ value: a.key, label: a.name }));
  return (
    <Stack maw={900}>
      <PageTitle text={t('events.createTitle')} />
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('events.program')}
              required
              data={(programs.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
              {...form.getInputProps('programId')}
              onChange={(v) => {
                form.setFieldValue('programId', v);
                form.setFieldValue('roundId', null);
                form.setFieldValue('siteId', null);
              }}
            />
            <Select
              label={t('events.round')}
              clearable
              data={(rounds.data ?? []).map((r) => ({ value: r.id, label: r.title }))}
              {...form.getInputProps('roundId')}
              onChange={(v) => {
                form.setFieldValue('roundId', v);
                form.setFieldValue('siteId', null);
              }}
              disabled={!programId}
            />
            <Select
              label={t('events.site')}
              clearable
              searchable
              data={(sites.data ?? []).map((s) => ({ value: s.id, label: s.applicant.name }))}
              {...form.getInputProps('siteId')}
              disabled={!roundId}
              description={t('events.siteHint')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('events.kind')}
              allowDeselect={false}
              data={eventKindValues.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))}
              {...form.getInputProps('kind')}
            />
            <Select
              label={t('events.topic')}
              clearable
              data={(topics.data ?? []).filter((x) => x.active).map((x) => ({ value: x.id, label: x.name }))}
              {...form.getInputProps('topicId')}
            />
          </SimpleGrid>
          <TextInput label={t('events.eventTitle')} required {...form.getInputProps('title')} />
          <TextInput label={t('events.motto')} {...form.getInputProps('motto')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput type="datetime-local" label={t('events.start')} required {...form.getInputProps('start')} />
            <TextInput type="datetime-local" label={t('events.end')} required {...form.getInputProps('end')} />
            <TextInput
              type="datetime-local"
              label={t('events.deadline')}
              required
              {...form.getInputProps('deadline')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('events.venue')} {...form.getInputProps('venue')} />
            <Select
              label={t('events.host')}
              searchable
              clearable
              data={hostChoices}
              {...form.getInputProps('hostKey')}
              searchValue={hostSearch}
              onSearchChange={setHostSearch}
              nothingFoundMessage={t('common.noResults')}
            />
            <TextInput label={t('events.onlineUrl')} {...form.getInputProps('onlineUrl')} />
          </SimpleGrid>
          <NumberInput
            label={t('events.capacity')}
            required
            min={1}
            max={5000}
            {...form.getInputProps('capacity')}
            maw={200}
          />
          <Textarea label={t('events.agenda')} autosize minRows={3} {...form.getInputProps('agenda')} />
          <Checkbox label={t('events.public')} {...form.getInputProps('public', { type: 'checkbox' })} />
          <ProblemAlert error={unlessShownAtFields(create.error)} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('events.createSubmit')}
            </Button>
            <Button variant="default" onClick={() => navigate('/veranstaltungen')}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
