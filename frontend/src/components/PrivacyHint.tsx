import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Beside every form that collects personal data: what happens to it (DSGVO Art. 13). */
export function PrivacyHint() {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {t('privacy.hint')}{' '}
      <Anchor component={Link} to="/datenschutz">
        {t('privacy.noticeTitle')}
      </Anchor>
    </Text>
  );
}
