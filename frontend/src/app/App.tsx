import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import './global.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { AuthProvider, useAuth } from 'react-oidc-context';
import { RouterProvider } from 'react-router';
import i18n from '../i18n/app';
import { setAccessTokenSource, setLanguageSource } from '../lib/api/client';
import { takeReturnTo } from '../lib/auth/auth';
import { oidcConfig } from '../lib/auth/oidc';
import { queryClient } from '../lib/queryClient';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

/**
 * Hands the current access token to the API client and refreshes data when the user changes. Renders the app
 * only once the stored session is known, so that the first requests already carry the token.
 */
setLanguageSource(() => i18n.language);

function AuthGate({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const token = auth.user?.access_token;
  setAccessTokenSource(() => token);
  useEffect(() => {
    void queryClient.invalidateQueries();
  }, [token]);
  return auth.isLoading ? null : children;
}

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <AuthProvider {...oidcConfig} onSigninCallback={() => void router.navigate(takeReturnTo(), { replace: true })}>
        <QueryClientProvider client={queryClient}>
          <AuthGate>
            <RouterProvider router={router} />
          </AuthGate>
        </QueryClientProvider>
      </AuthProvider>
    </MantineProvider>
  );
}
