import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { unlessShownAtFields } from '../lib/forms/useContractForm';
import { ProblemAlert } from './ProblemAlert';

interface Props {
  title: string;
  size?: string;
  saving: boolean;
  /** The save's error: field errors are shown at their fields, anything else (and a 412 with its reload) here. */
  error: unknown;
  onSubmit: () => void;
  onClose: () => void;
  /** Actions on the left of the footer (e.g. delete). */
  extra?: ReactNode;
  children: ReactNode;
}

/** A form in a modal dialog: labelled close button, the problem the server reported, Cancel and Save. */
export function FormDialog({ title, size, saving, error, onSubmit, onClose, extra, children }: Props) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Modal opened onClose={onClose} title={title} size={size} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {children}
          <ProblemAlert error={unlessShownAtFields(error)} onReload={onClose} />
          <Group justify={extra ? 'space-between' : 'flex-end'}>
            {extra}
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving}>
                {t('common.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
