import type { ComponentType } from 'react';
import { useAuth } from 'react-oidc-context';
import { NoAccess } from '../../components/AccessStates';
import { LoginRequired } from '../../components/PageError';
import { OPERATION_ROLES, type OperationId } from '../../lib/api/operationRoles';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';

/**
 * A page whose purpose is one operation of the contract (a form that creates a programme, the review of a round …)
 * opens only for the roles that operation accepts (its x-pakt-roles): others are asked to sign in or told they have
 * no access, before they fill in anything. The server still decides every call; this only avoids dead ends.
 */
export function gated<P extends object>(operation: OperationId, Page: ComponentType<P>): ComponentType<P> {
  function GatedPage(props: P) {
    const auth = useAuth();
    const user = useCurrentUser();
    const accepted: readonly string[] = OPERATION_ROLES[operation];
    if (accepted.includes('anonymous')) return <Page {...props} />;
    if (auth.isLoading) return null;
    if (!user.isAuthenticated) return <LoginRequired />;
    if (!user.roles.some((role) => accepted.includes(role))) return <NoAccess />;
    return <Page {...props} />;
  }
  GatedPage.displayName = `Gated(${operation})`;
  return GatedPage;
}
