import { Alert, Button, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../lib/api/client';

/**
 * Shows an error the way the server described it (problem details), or a generic text. A 412 (someone else saved
 * in between) offers the reload choice: fetch the current state, then the user decides again.
 */
export function ProblemAlert({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  if (!error) return null;
  if (error instanceof ProblemError && error.status === 412) {
    return (
      <Alert color="pakt" title={t('common.conflictTitle')} role="alert">
        <Text size="sm" mb="xs">
          {t('common.conflictText')}
        </Text>
        <Button
          size="xs"
          onClick={() => {
            void client.invalidateQueries();
            onReload?.();
          }}
        >
          {t('common.reload')}
        </Button>
      </Alert>
    );
  }
  const text = error instanceof ProblemError ? (error.problem.detail ?? error.problem.title) : String(error);
  return (
    <Alert color="red.9" title={t('common.errorTitle')} role="alert">
      {text}
    </Alert>
  );
}
