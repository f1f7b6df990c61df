import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `pnpm --filter @backoffice/dashboard dev` serves the app with hot reload against a running
// gateway (npm start); the build goes to dist/public, served by server/serve.ts.
const gateway = process.env.GATEWAY_ORIGIN ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist/public', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    port: 5173,
    // Without /config.json (served by server/serve.ts) the app signs in the development way.
    proxy: { '/graphql': gateway, '/dev': gateway },
  },
});
