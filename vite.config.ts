import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { flowPlugin } from './src/build/flow-plugin';

// WEGWIJZER_FLOW_DIR builds another flow directory (a test fixture, a draft) without touching flows/.
const flowDir = process.env.WEGWIJZER_FLOW_DIR;

// Client build: dist/ (index.html is the template the prerenderer fills). The SSR build of
// src/app/entry-server.tsx uses this same config (see the "build" script).
export default defineConfig({
  plugins: [react(), flowPlugin(flowDir ? { dir: flowDir } : {})],
});
