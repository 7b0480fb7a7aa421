import { useRouteError } from 'react-router';
import { UnexpectedError } from '../../components/AccessStates';

/** The error boundary of every page: unexpected errors end here, inside the app shell, with a support id. */
export function RouteError() {
  const error = useRouteError();
  const supportId = supportIdFor(error);
  console.error(`Unexpected error ${supportId}`, error);
  return <UnexpectedError supportId={supportId} />;
}

const ids = new WeakMap<object, string>();

/** One id per error (a re-render shows the same one), eight hex digits like the server's. */
function supportIdFor(error: unknown): string {
  if (error && typeof error === 'object') {
    let id = ids.get(error);
    if (!id) {
      id = crypto.randomUUID().slice(0, 8);
      ids.set(error, id);
    }
    return id;
  }
  return crypto.randomUUID().slice(0, 8);
}
