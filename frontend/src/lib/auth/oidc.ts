import { UserManager, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';
import { config } from '../../config';
import { rememberReturnTo } from './auth';

/** OIDC code flow with PKCE against the pakt realm; tokens live in session storage only. */
export const oidcConfig: UserManagerSettings = {
  authority: config.oidcAuthority,
  client_id: config.oidcClientId,
  redirect_uri: `${window.location.origin}/`,
  post_logout_redirect_uri: `${window.location.origin}/`,
  response_type: 'code',
  scope: 'openid profile',
  automaticSilentRenew: true,
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
};

/**
 * The login round trip from a page outside the whole app (the light portal): the whole app takes the callback on
 * the start page and returns to this page, signed in.
 */
export function signInFromHere(): Promise<void> {
  rememberReturnTo(window.location.pathname + window.location.search);
  return new UserManager(oidcConfig).signinRedirect();
}
