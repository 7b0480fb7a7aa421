import { ActionIcon, Button, Checkbox, Fieldset, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
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

/** The programme form; the server validates, and its field errors appear at their fields. */
export function ProgramForm({ initial, errors, saving, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState<ProgramInput>(initial);
  const modules = value.processModules ?? [];
  const set = <K extends keyof ProgramInput>(key: K, v: ProgramInput[K]) => setValue((old) => ({ ...old, [key]: v }));
  const setModules = (next: typeof modules) => set('processModules', next);

  const move = (from: number, to: number) => {
    const next = [...modules];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setModules(next);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      ...value,
      processModules: modules.map((m) => ({
        title: m.title,
        ...(m.description ? { description: m.description } : {}),
      })),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={820}>
        <TextInput
          label={t('programs.fields.title')}
          required
          value={value.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={errors.title}
        />
        <TextInput
          label={t('programs.fields.funder')}
          required
          value={value.funder}
          onChange={(e) => set('funder', e.currentTarget.value)}
          error={errors.funder}
        />
        <TextInput
          label={t('programs.fields.coordinatingBody')}
          required
          value={value.coordinatingBody}
          onChange={(e) => set('coordinatingBody', e.currentTarget.value)}
          error={errors.coordinatingBody}
        />
        <TextInput
          label={t('programs.fields.umbrella')}
          value={value.umbrella ?? ''}
          onChange={(e) => set('umbrella', e.currentTarget.value)}
          error={errors.umbrella}
        />
        <Textarea
          label={t('programs.fields.description')}
          autosize
          minRows={3}
          value={value.description ?? ''}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={errors.description}
        />
        <Fieldset legend={t('programs.fields.processModules')}>
          <Stack gap="sm">
            {modules.length === 0 && <Text size="sm">{t('programs.noModules')}</Text>}
            {modules.map((m, i) => (
              <Group key={i} align="flex-start" wrap="nowrap">
                <Text fw={700} mt={30} aria-hidden>
                  {i + 1}.
                </Text>
                <Stack gap={4} style={{ flex: 1 }}>
                  <TextInput
                    label={t('programs.fields.moduleTitle', { number: i + 1 })}
                    required
                    value={m.title}
                    onChange={(e) =>
                      setModules(modules.map((x, j) => (j === i ? { ...x, title: e.currentTarget.value } : x)))
                    }
                    error={errors[`processModules[${i}].title`]}
                  />
                  <TextInput
                    label={t('programs.fields.moduleDescription', { number: i + 1 })}
                    value={m.description ?? ''}
                    onChange={(e) =>
                      setModules(modules.map((x, j) => (j === i ? { ...x, description: e.currentTarget.value } : x)))
                    }
                    error={errors[`processModules[${i}].description`]}
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
                    onClick={() => setModules(modules.filter((_, j) => j !== i))}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </Group>
            ))}
            <Button
              variant="light"
              onClick={() => setModules([...modules, { title: '' }])}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('programs.addModule')}
            </Button>
          </Stack>
        </Fieldset>
        <Checkbox
          label={t('programs.fields.published')}
          checked={value.published ?? false}
          onChange={(e) => set('published', e.currentTarget.checked)}
        />
        <Textarea
          label={t('programs.fields.internalNotes')}
          autosize
          minRows={2}
          value={value.internalNotes ?? ''}
          onChange={(e) => set('internalNotes', e.currentTarget.value)}
          error={errors.internalNotes}
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
