import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development (`npm run dev -w @caregraph/therapist`) /graphql is proxied to the gateway, so the
// browser talks to one origin, as `npm start` serves the build.
const gateway = process.env.CAREGRAPH_GATEWAY_ORIGIN ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: { port: 5175, strictPort: true, proxy: { '/graphql': gateway } },
  preview: { port: 5175, strictPort: true, proxy: { '/graphql': gateway } },
  build: { sourcemap: true },
});
