import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../lib/api/client';

/** Shows an error the way the server described it (problem details), or a generic text. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = error instanceof ProblemError ? error.problem.detail ?? error.problem.title : String(error);
  return (
    <Alert color="red.9" title={t('common.errorTitle')} role="alert">
      {text}
    </Alert>
  );
}
