import { useAuth } from 'react-oidc-context';
import { readAccessClaims, rememberReturnTo, type Role } from './auth';

export interface CurrentUser {
  isAuthenticated: boolean;
  name?: string;
  email?: string;
  roles: Role[];
  municipalityKey?: string;
  hasRole: (role: Role) => boolean;
  login: () => void;
  logout: () => void;
}

export function useCurrentUser(): CurrentUser {
  const auth = useAuth();
  const claims = readAccessClaims(auth.user?.access_token);
  const name = auth.user?.profile.name ?? auth.user?.profile.preferred_username;
  return {
    isAuthenticated: auth.isAuthenticated,
    name,
    email: auth.user?.profile.email,
    roles: claims.roles,
    municipalityKey: claims.municipalityKey,
    hasRole: (role) => claims.roles.includes(role),
    login: () => {
      rememberReturnTo(window.location.pathname + window.location.search);
      void auth.signinRedirect();
    },
    logout: () => void auth.signoutRedirect(),
  };
}
