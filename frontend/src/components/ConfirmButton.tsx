import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props extends Omit<ButtonProps, 'onClick'> {
  /** The button's own label: what the action is. */
  children: ReactNode;
  /** The dialog's question, e.g. "Ausschreibung eröffnen?". */
  title: string;
  /** What will happen, in a sentence the user can check before saying yes. */
  message: ReactNode;
  /** The confirming button's label; the button's own label if absent. */
  confirmLabel?: string;
  /** Red confirm button for what cannot be undone. */
  irreversible?: boolean;
  onConfirm: () => void;
}

/**
 * A button for a consequential action: it asks first, naming what will happen, and only the dialog's confirm button
 * acts. Cancel is the default focus, so Enter never confirms by accident.
 */
export function ConfirmButton({ children, title, message, confirmLabel, irreversible, onConfirm, ...button }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button {...button} onClick={open}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="md">
          <Text size="sm">{message}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              color={irreversible ? 'red.9' : undefined}
              onClick={() => {
                close();
                onConfirm();
              }}
            >
              {confirmLabel ?? children}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
