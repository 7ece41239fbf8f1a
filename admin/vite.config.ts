import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development (`npm run dev -w @caregraph/admin`) /graphql is proxied to the gateway, so the
// browser talks to one origin and the gateway needs no CORS allowances.
const gateway = process.env.CAREGRAPH_GATEWAY_ORIGIN ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy: { '/graphql': gateway } },
  preview: { port: 5173, strictPort: true, proxy: { '/graphql': gateway } },
  build: { sourcemap: true, chunkSizeWarningLimit: 2000 },
});
