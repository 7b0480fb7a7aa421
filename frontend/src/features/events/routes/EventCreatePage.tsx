import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { api, ProblemError } from '../../../lib/api/client';
import { useAreas } from '../../../lib/api/areas';
import { usePublishedPrograms } from '../../../lib/api/programs';
import { useTopics } from '../../../lib/api/topics';
import { EVENT_KINDS, useCreateEvent, type EventKind } from '../api/events';
import { berlinLocalToInstant } from '../../../lib/format';

/** datetime-local, read as Berlin time whatever the browser's zone → RFC 3339 instant. */
const toInstant = berlinLocalToInstant;

/** Plans an event (status PLANNED); a facilitator plans for one of their sites. */
export function EventCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const programs = usePublishedPrograms();
  const topics = useTopics();
  const create = useCreateEvent();
  const [programId, setProgramId] = useState<string | null>(null);
  const [roundId, setRoundId] = useState<string | null>(null);
  const [siteId, setSiteId] = useState<string | null>(null);
  const [kind, setKind] = useState<EventKind>('NETWORK_MEETING');
  const [title, setTitle] = useState('');
  const [motto, setMotto] = useState('');
  const [topicId, setTopicId] = useState<string | null>(null);
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [deadline, setDeadline] = useState('');
  const [venue, setVenue] = useState('');
  const [hostSearch, setHostSearch] = useState('');
  const [hostKey, setHostKey] = useState<string | null>(null);
  const [onlineUrl, setOnlineUrl] = useState('');
  const [capacity, setCapacity] = useState<number | string>(40);
  const [agenda, setAgenda] = useState('');
  const [isPublic, setPublic] = useState(true);
  const rounds = useQuery({
    queryKey: ['rounds', 'of', programId],
    enabled: !!programId,
    queryFn: async () =>
      (await api.GET('/api/v1/rounds', { params: { query: { programId: programId!, size: 200 } } })).data!.items,
  });
  const sites = useQuery({
    queryKey: ['rounds', roundId, 'sites'],
    enabled: !!roundId,
    queryFn: async () =>
      (await api.GET('/api/v1/rounds/{roundId}/sites', { params: { path: { roundId: roundId! } } })).data!,
  });
  const hosts = useAreas({ q: hostSearch || undefined, level: 'MUNICIPALITY', size: 20 });
  const errors = create.error instanceof ProblemError ? create.error.fieldErrors() : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        programId: programId ?? '',
        kind,
        title,
        startsAt: toInstant(start),
        endsAt: toInstant(end),
        registrationDeadline: toInstant(deadline),
        capacity: Number(capacity),
        public: isPublic,
        ...(roundId ? { roundId } : {}),
        ...(siteId ? { siteId } : {}),
        ...(motto ? { motto } : {}),
        ...(topicId ? { topicId } : {}),
        ...(venue ? { venue } : {}),
        ...(hostKey ? { hostKey } : {}),
        ...(onlineUrl ? { onlineUrl } : {}),
        ...(agenda ? { agenda } : {}),
      },
      { onSuccess: (created) => navigate(`/veranstaltungen/${created.id}`) },
    );
  };
  const hostChoices = (hosts.data?.items ?? []).map((a) => ({ value: a.key, label: a.name }));
  return (
    <Stack maw={900}>
      <PageTitle text={t('events.createTitle')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('events.program')}
              required
              data={(programs.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
              value={programId}
              onChange={(v) => {
                setProgramId(v);
                setRoundId(null);
                setSiteId(null);
              }}
              error={errors.programId}
            />
            <Select
              label={t('events.round')}
              clearable
              data={(rounds.data ?? []).map((r) => ({ value: r.id, label: r.title }))}
              value={roundId}
              onChange={(v) => {
                setRoundId(v);
                setSiteId(null);
              }}
              error={errors.roundId}
              disabled={!programId}
            />
            <Select
              label={t('events.site')}
              clearable
              searchable
              data={(sites.data ?? []).map((s) => ({ value: s.id, label: s.applicant.name }))}
              value={siteId}
              onChange={setSiteId}
              error={errors.siteId}
              disabled={!roundId}
              description={t('events.siteHint')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('events.kind')}
              allowDeselect={false}
              data={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))}
              value={kind}
              onChange={(v) => setKind((v ?? 'NETWORK_MEETING') as EventKind)}
            />
            <Select
              label={t('events.topic')}
              clearable
              data={(topics.data ?? []).filter((x) => x.active).map((x) => ({ value: x.id, label: x.name }))}
              value={topicId}
              onChange={setTopicId}
            />
          </SimpleGrid>
          <TextInput
            label={t('events.eventTitle')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
          />
          <TextInput
            label={t('events.motto')}
            value={motto}
            onChange={(e) => setMotto(e.currentTarget.value)}
            error={errors.motto}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              type="datetime-local"
              label={t('events.start')}
              required
              value={start}
              onChange={(e) => setStart(e.currentTarget.value)}
              error={errors.startsAt}
            />
            <TextInput
              type="datetime-local"
              label={t('events.end')}
              required
              value={end}
              onChange={(e) => setEnd(e.currentTarget.value)}
              error={errors.endsAt}
            />
            <TextInput
              type="datetime-local"
              label={t('events.deadline')}
              required
              value={deadline}
              onChange={(e) => setDeadline(e.currentTarget.value)}
              error={errors.registrationDeadline}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('events.venue')}
              value={venue}
              onChange={(e) => setVenue(e.currentTarget.value)}
              error={errors.venue}
            />
            <Select
              label={t('events.host')}
              searchable
              clearable
              data={hostChoices}
              value={hostKey}
              onChange={setHostKey}
              searchValue={hostSearch}
              onSearchChange={setHostSearch}
              error={errors.hostKey}
              nothingFoundMessage={t('common.noResults')}
            />
            <TextInput
              label={t('events.onlineUrl')}
              value={onlineUrl}
              onChange={(e) => setOnlineUrl(e.currentTarget.value)}
              error={errors.onlineUrl}
            />
          </SimpleGrid>
          <NumberInput
            label={t('events.capacity')}
            required
            min={1}
            max={5000}
            value={capacity}
            onChange={setCapacity}
            error={errors.capacity}
            maw={200}
          />
          <Textarea
            label={t('events.agenda')}
            autosize
            minRows={3}
            value={agenda}
            onChange={(e) => setAgenda(e.currentTarget.value)}
            error={errors.agenda}
          />
          <Checkbox
            label={t('events.public')}
            checked={isPublic}
            onChange={(e) => setPublic(e.currentTarget.checked)}
          />
          {create.error && !Object.keys(errors).length && <ProblemAlert error={create.error} />}
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
