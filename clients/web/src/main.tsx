import { SERVER_STATE_ID } from './server/page-document';
// The look the apps share; the client app has no styles of its own beyond it.
import '@caregraph/client-kit/styles.css';

// A public page (the directory, a profile, the pages about the service) arrives rendered by the server
// and readable as it is: the app's script, most of the bytes, is fetched only once that page has been
// painted, so on a slow connection it does not hold the page back. Any other page is drawn by the app.
const start = () => void import('./start-app').then(({ startApp }) => startApp());
if (document.getElementById(SERVER_STATE_ID)) requestAnimationFrame(() => setTimeout(start, 0));
else start();
