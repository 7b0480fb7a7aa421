import { Anchor, Group, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The product's name (to the start page) and what it is for: the left of both headers, the app's and the portal's. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap">
      <Anchor component={Link} to="/" underline="never" c="pakt.8" fw={800} fz="xl">
        {t('app.name')}
      </Anchor>
      <Text size="sm" visibleFrom="md">
        {t('app.tagline')}
      </Text>
    </Group>
  );
}

/** German or English for the whole UI and the server's messages; English loads on first choice. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={i18n.language}
      onChange={(lng) => void i18n.changeLanguage(lng)}
      data={[
        { value: 'de', label: 'DE' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
