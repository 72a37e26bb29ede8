import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { flowPlugin } from './src/build/flow-plugin.ts';

export default defineConfig({
  plugins: [react(), flowPlugin()],
  test: {
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    pool: 'threads',
  },
});
