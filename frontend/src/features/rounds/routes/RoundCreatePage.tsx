import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ProblemError } from '../../../lib/api/client';
import { REGION_NAMES } from '../../../lib/api/rounds';
import { usePublishedPrograms } from '../../../lib/api/programs';
import { useCreateRound, type RoundInput } from '../api/rounds';
import { berlinLocalToInstant } from '../../../lib/format';

type Kind = RoundInput['eligibleApplicantKinds'][number];
const KINDS: Kind[] = ['MUNICIPALITY', 'RURAL_DISTRICT', 'MUNICIPAL_ASSOCIATION'];

/** datetime-local, read as Berlin time whatever the browser's zone → RFC 3339 instant. */
const toInstant = berlinLocalToInstant;

export function RoundCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const programs = usePublishedPrograms();
  const create = useCreateRound();
  const [programId, setProgramId] = useState<string | null>(null);
  const [number, setNumber] = useState<number | string>(1);
  const [title, setTitle] = useState('');
  const [callText, setCallText] = useState('');
  const [opens, setOpens] = useState('');
  const [closes, setCloses] = useState('');
  const [capEuro, setCapEuro] = useState<number | string>(40000);
  const [budgetEuro, setBudgetEuro] = useState<number | string>(520000);
  const [target, setTarget] = useState<number | string>(13);
  const [kinds, setKinds] = useState<Kind[]>(KINDS);
  const [criteria, setCriteria] = useState([{ key: 'bedarf', title: 'Bedarf und Ausgangslage', weight: 50 }]);
  const [quotas, setQuotas] = useState<Record<string, number | string>>({ '081': 0, '082': 0, '083': 0, '084': 0 });
  const errors = create.error instanceof ProblemError ? create.error.fieldErrors() : {};

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        programId: programId ?? '',
        number: Number(number),
        title,
        callText,
        ...(opens && closes ? { applicationWindow: { opensAt: toInstant(opens), closesAt: toInstant(closes) } } : {}),
        capPerSiteCents: Math.round(Number(capEuro) * 100),
        totalBudgetCents: Math.round(Number(budgetEuro) * 100),
        targetSites: Number(target),
        eligibleApplicantKinds: kinds,
        scoreScaleMax: 5,
        criteria: criteria.map((c) => ({ key: c.key, title: c.title, weight: Number(c.weight) })),
        quotas: Object.entries(quotas)
          .filter(([, n]) => Number(n) > 0)
          .map(([regionKey, n]) => ({ regionKey, minSites: Number(n) })),
      },
      { onSuccess: (round) => navigate(`/runden/${round.id}`) },
    );
  };

  return (
    <>
      <PageTitle text={t('rounds.createTitle')} />
      {!(create.error instanceof ProblemError && create.error.problem.errors?.length) && (
        <ProblemAlert error={create.error} />
      )}
      <form onSubmit={submit} noValidate>
        <Stack maw={820} gap="sm">
          <Select
            label={t('rounds.program')}
            required
            data={(programs.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
            value={programId}
            onChange={setProgramId}
            error={errors.programId}
          />
          <Group grow>
            <NumberInput
              label={t('rounds.number')}
              required
              min={1}
              value={number}
              onChange={setNumber}
              error={errors.number}
            />
            <TextInput
              label={t('programs.fields.title')}
              required
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={errors.title}
            />
          </Group>
          <Textarea
            label={t('rounds.callText')}
            autosize
            minRows={2}
            value={callText}
            onChange={(e) => setCallText(e.currentTarget.value)}
          />
          <Group grow>
            <TextInput
              type="datetime-local"
              label={t('rounds.windowOpens')}
              value={opens}
              onChange={(e) => setOpens(e.currentTarget.value)}
              error={errors['applicationWindow.opensAt']}
            />
            <TextInput
              type="datetime-local"
              label={t('rounds.windowCloses')}
              value={closes}
              onChange={(e) => setCloses(e.currentTarget.value)}
              error={errors['applicationWindow.closesAt']}
            />
          </Group>
          <SimpleGrid cols={3}>
            <NumberInput
              label={`${t('rounds.cap')} (€)`}
              required
              min={1}
              thousandSeparator="."
              decimalSeparator=","
              value={capEuro}
              onChange={setCapEuro}
              error={errors.capPerSiteCents}
            />
            <NumberInput
              label={`${t('rounds.budget')} (€)`}
              required
              min={1}
              thousandSeparator="."
              decimalSeparator=","
              value={budgetEuro}
              onChange={setBudgetEuro}
              error={errors.totalBudgetCents}
            />
            <NumberInput
              label={t('rounds.target')}
              required
              min={1}
              value={target}
              onChange={setTarget}
              error={errors.targetSites}
            />
          </SimpleGrid>
          <Checkbox.Group
            label={t('rounds.kinds')}
            value={kinds}
            onChange={(v) => setKinds(v as Kind[])}
            error={errors.eligibleApplicantKinds}
          >
            <Group mt="xs">
              {KINDS.map((k) => (
                <Checkbox key={k} value={k} label={t(`rounds.applicantKinds.${k}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Fieldset legend={t('rounds.criteria')}>
            <Stack gap="xs">
              {criteria.map((c, i) => (
                <Group key={i} align="flex-end" wrap="nowrap">
                  <TextInput
                    label={t('rounds.criterionKey', { number: i + 1 })}
                    value={c.key}
                    error={errors[`criteria[${i}].key`]}
                    onChange={(e) =>
                      setCriteria(criteria.map((x, j) => (j === i ? { ...x, key: e.currentTarget.value } : x)))
                    }
                  />
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('rounds.criterionTitle', { number: i + 1 })}
                    value={c.title}
                    error={errors[`criteria[${i}].title`]}
                    onChange={(e) =>
                      setCriteria(criteria.map((x, j) => (j === i ? { ...x, title: e.currentTarget.value } : x)))
                    }
                  />
                  <NumberInput
                    w={110}
                    label={t('rounds.criterionWeight', { number: i + 1 })}
                    min={1}
                    max={100}
                    value={c.weight}
                    onChange={(v) => setCriteria(criteria.map((x, j) => (j === i ? { ...x, weight: Number(v) } : x)))}
                  />
                  <ActionIcon
                    variant="default"
                    mb={4}
                    aria-label={`${t('common.delete')} ${i + 1}`}
                    onClick={() => setCriteria(criteria.filter((_, j) => j !== i))}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="light"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => setCriteria([...criteria, { key: '', title: '', weight: 50 }])}
              >
                {t('rounds.addCriterion')}
              </Button>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('rounds.quotas')}>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {Object.keys(quotas).map((key) => (
                <NumberInput
                  key={key}
                  min={0}
                  label={t('rounds.quotaFor', { name: REGION_NAMES[key] })}
                  value={quotas[key]}
                  onChange={(v) => setQuotas({ ...quotas, [key]: v })}
                />
              ))}
            </SimpleGrid>
            {errors.quotas && <ProblemAlert error={errors.quotas} />}
          </Fieldset>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('common.save')}
            </Button>
            <Button variant="default" onClick={() => navigate('/runden')}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
