import { Alert, Anchor, Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { PrivacyHint } from '../../../components/PrivacyHint';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { fieldErrorsOf, unlessShownAtFields, useContractForm } from '../../../lib/forms/useContractForm';
import { useCurrentUser } from '../../../lib/auth/useCurrentUser';
import {
  useNotificationSettings,
  useSaveNotificationSettings,
  type NotificationSettings,
  type NotificationSettingsInput,
} from '../api/notifications';

/** "Benachrichtigungen": which e-mails one receives, per category, and in which language. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  // Here, not in the form: a save gives a new ETag, which starts the form afresh from the saved answer.
  const save = useSaveNotificationSettings();
  return (
    <>
      <PageTitle text={t('notifications.title')} />
      {settings.isPending && <Text>{t('common.loading')}</Text>}
      {settings.error && <ProblemAlert error={settings.error} />}
      {settings.data && (
        <SettingsForm key={settings.data.etag} current={settings.data.body} etag={settings.data.etag} save={save} />
      )}
    </>
  );
}

function SettingsForm({
  current,
  etag,
  save,
}: {
  current: NotificationSettings;
  etag: string;
  save: ReturnType<typeof useSaveNotificationSettings>;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const form = useContractForm({
    schema: 'NotificationSettingsInput',
    initialValues: { language: current.language, categories: [...current.categories] as string[] },
    toInput: (v): NotificationSettingsInput => ({
      language: v.language,
      categories: v.categories as NotificationSettingsInput['categories'],
    }),
    serverErrors: fieldErrorsOf(save.error),
  });
  return (
    <form onSubmit={form.onSubmit((input) => save.mutate({ input, etag }))} noValidate>
      <Stack maw={640}>
        <Text>{t('notifications.intro', { email: current.email })}</Text>
        <ProblemAlert error={unlessShownAtFields(save.error)} />
        {save.isSuccess && !form.isDirty() && (
          <Alert color="green" role="status">
            {t('notifications.saved')}
          </Alert>
        )}
        <Checkbox.Group label={t('notifications.categoriesLabel')} {...form.getInputProps('categories')}>
          <Stack gap="sm" mt="xs">
            {current.availableCategories.map((c) => (
              <Checkbox
                key={c}
                value={c}
                label={t(`notifications.categories.${c}`)}
                description={t(`notifications.categoryHints.${c}`)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Radio.Group label={t('notifications.languageLabel')} {...form.getInputProps('language')}>
          <Group mt="xs">
            <Radio value="DE" label="Deutsch" lang="de" />
            <Radio value="EN" label="English" lang="en" />
          </Group>
        </Radio.Group>
        <Text size="sm">{t('notifications.othersHint')}</Text>
        <PrivacyHint />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          {user.hasRole('program-office') && (
            <Anchor component={Link} to="/benachrichtigungen/protokoll">
              {t('notifications.logLink')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </form>
  );
}
