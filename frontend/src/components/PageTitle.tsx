import { Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's h1, also used as the document title so screen-reader users hear where they are. */
export function PageTitle({ children, text }: { children?: ReactNode; text: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${text} – ${t('app.name')}`;
  }, [text, t]);
  return (
    <Title order={1} mb="md">
      {children ?? text}
    </Title>
  );
}
