import { SERVER_STATE_ID } from './server/page-document';
// The look the apps share; the client app has no styles of its own beyond it.
import '@caregraph/client-kit/styles.css';

// A public page (the directory, a profile, the pages about the service) arrives rendered by the server
// and readable as it is: the app's script, most of the bytes, is fetched only once that page has been
// painted, so on a slow connection it does not hold the page back. Any other page is drawn by the app.
//
// The script is evaluated in steps, each in a task of its own with the page free to respond in between:
// evaluated at once, it held a phone's main thread for a few hundred milliseconds.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
async function start(): Promise<void> {
  await import('react-dom/client');
  await nextTask();
  await import('./graphql/client');
  await nextTask();
  const { startApp } = await import('./start-app');
  await nextTask();
  startApp();
}
if (document.getElementById(SERVER_STATE_ID)) requestAnimationFrame(() => setTimeout(() => void start(), 0));
else void start();
