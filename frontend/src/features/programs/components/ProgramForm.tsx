import { ActionIcon, Button, Checkbox, Fieldset, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useContractForm } from '../../../lib/forms/useContractForm';
import type { ProgramInput } from '../api/programs';

export const EMPTY_PROGRAM: ProgramInput = {
  title: '',
  funder: 'Ministerium für Soziales und Integration Baden-Württemberg',
  coordinatingBody: 'Führungsakademie Baden-Württemberg',
  umbrella: 'Pakt für Integration mit den Kommunen (2017)',
  description: '',
  processModules: [],
  published: false,
  internalNotes: '',
};

interface Props {
  initial: ProgramInput;
  /** Field errors from the server's problem details, keyed by field path. */
  errors: Record<string, string>;
  saving: boolean;
  onSubmit: (input: ProgramInput) => void;
  onCancel: () => void;
}

/** The programme form, checked against the contract before sending; the server's field errors appear at their fields too. */
export function ProgramForm({ initial, errors, saving, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useContractForm({
    schema: 'ProgramInput',
    initialValues: {
      ...initial,
      umbrella: initial.umbrella ?? '',
      description: initial.description ?? '',
      processModules: (initial.processModules ?? []).map((m) => ({ title: m.title, description: m.description ?? '' })),
      published: initial.published ?? false,
      internalNotes: initial.internalNotes ?? '',
    },
    toInput: (values) => ({
      ...values,
      processModules: values.processModules.map((m) => ({
        title: m.title,
        ...(m.description ? { description: m.description } : {}),
      })),
    }),
    serverErrors: errors,
  });
  const modules = form.values.processModules;
  const move = (from: number, to: number) => form.reorderListItem('processModules', { from, to });

  return (
    <form onSubmit={form.onSubmit(onSubmit)} noValidate>
      <Stack gap="md" maw={820}>
        <TextInput label={t('programs.fields.title')} required {...form.getInputProps('title')} />
        <TextInput label={t('programs.fields.funder')} required {...form.getInputProps('funder')} />
        <TextInput label={t('programs.fields.coordinatingBody')} required {...form.getInputProps('coordinatingBody')} />
        <TextInput label={t('programs.fields.umbrella')} {...form.getInputProps('umbrella')} />
        <Textarea
          label={t('programs.fields.description')}
          autosize
          minRows={3}
          {...form.getInputProps('description')}
        />
        <Fieldset legend={t('programs.fields.processModules')}>
          <Stack gap="sm">
            {modules.length === 0 && <Text size="sm">{t('programs.noModules')}</Text>}
            {modules.map((_, i) => (
              <Group key={i} align="flex-start" wrap="nowrap">
                <Text fw={700} mt={30} aria-hidden>
                  {i + 1}.
                </Text>
                <Stack gap={4} style={{ flex: 1 }}>
                  <TextInput
                    label={t('programs.fields.moduleTitle', { number: i + 1 })}
                    required
                    {...form.getInputProps(`processModules.${i}.title`)}
                  />
                  <TextInput
                    label={t('programs.fields.moduleDescription', { number: i + 1 })}
                    {...form.getInputProps(`processModules.${i}.description`)}
                  />
                </Stack>
                <Group gap={4} mt={28}>
                  <ActionIcon
                    variant="default"
                    aria-label={t('programs.moveUp', { number: i + 1 })}
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    aria-label={t('programs.moveDown', { number: i + 1 })}
                    disabled={i === modules.length - 1}
                    onClick={() => move(i, i + 1)}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    color="red"
                    aria-label={t('programs.removeModule', { number: i + 1 })}
                    onClick={() => form.removeListItem('processModules', i)}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </Group>
            ))}
            <Button
              variant="light"
              onClick={() => form.insertListItem('processModules', { title: '', description: '' })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('programs.addModule')}
            </Button>
          </Stack>
        </Fieldset>
        <Checkbox label={t('programs.fields.published')} {...form.getInputProps('published', { type: 'checkbox' })} />
        <Textarea
          label={t('programs.fields.internalNotes')}
          autosize
          minRows={2}
          {...form.getInputProps('internalNotes')}
        />
        <Group>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
