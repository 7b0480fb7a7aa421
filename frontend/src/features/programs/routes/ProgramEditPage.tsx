import { Alert, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageError } from '../../../components/PageError';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ProblemError } from '../../../lib/api/client';
import { fieldErrorsOf, unlessShownAtFields } from '../../../lib/forms/useContractForm';
import { useCreateProgram, useProgram, useUpdateProgram, type Program, type ProgramInput } from '../api/programs';
import { EMPTY_PROGRAM, ProgramForm } from '../components/ProgramForm';

function toInput(p: Program): ProgramInput {
  return {
    title: p.title,
    funder: p.funder,
    coordinatingBody: p.coordinatingBody,
    umbrella: p.umbrella ?? '',
    description: p.description ?? '',
    processModules: p.processModules,
    published: p.published,
    internalNotes: p.internalNotes ?? '',
  };
}

export function ProgramCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateProgram();
  return (
    <>
      <PageTitle text={t('programs.createTitle')} />
      <ProblemAlert error={unlessShownAtFields(create.error)} />
      <ProgramForm
        initial={EMPTY_PROGRAM}
        errors={fieldErrorsOf(create.error)}
        saving={create.isPending}
        onSubmit={(input) => create.mutate(input, { onSuccess: (p) => navigate(`/programme/${p.id}`) })}
        onCancel={() => navigate('/programme')}
      />
    </>
  );
}

export function ProgramEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useProgram(id);
  const update = useUpdateProgram(id);
  // Bumped on reload, so the form starts again from the server's current version.
  const [formKey, setFormKey] = useState(0);

  if (query.isPending) return <Text>{t('common.loading')}</Text>;
  if (query.error) return <PageError error={query.error} />;
  const conflict = update.error instanceof ProblemError && update.error.status === 412;

  // The alert stays until the current version has arrived; then the form starts again from it.
  const reload = async () => {
    await query.refetch();
    setFormKey((k) => k + 1);
    update.reset();
  };

  return (
    <>
      <PageTitle text={t('programs.editTitle')} />
      {conflict ? (
        <Alert color="pakt" title={t('programs.conflictTitle')} role="alert" mb="md">
          <Text mb="sm">{t('programs.conflictText')}</Text>
          <Button onClick={() => void reload()}>{t('common.reload')}</Button>
        </Alert>
      ) : (
        <ProblemAlert error={unlessShownAtFields(update.error)} />
      )}
      <ProgramForm
        key={formKey}
        initial={toInput(query.data.program)}
        errors={fieldErrorsOf(update.error)}
        saving={update.isPending}
        onSubmit={(input) =>
          update.mutate({ input, etag: query.data.etag }, { onSuccess: () => navigate(`/programme/${id}`) })
        }
        onCancel={() => navigate(`/programme/${id}`)}
      />
    </>
  );
}
