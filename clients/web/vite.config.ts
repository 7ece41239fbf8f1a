import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development (`npm run dev -w @caregraph/web`) /graphql is proxied to the gateway, so the browser
// talks to one origin and the gateway needs no CORS allowances (as `npm start` serves the build).
const gateway = process.env.CAREGRAPH_GATEWAY_ORIGIN ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: { port: 5174, strictPort: true, proxy: { '/graphql': gateway } },
  preview: { port: 5174, strictPort: true, proxy: { '/graphql': gateway } },
  build: { sourcemap: true },
  // The server's renderer (`vite build --ssr`, into dist-server/, which is never served): one file with
  // everything it uses, so the app's server runs it without node_modules.
  ssr: { noExternal: true },
});
