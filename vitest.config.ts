import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The hybrid quality gate embeds every eval dossier with the real model (about two minutes on two cores): it has
    // its own command, `npm run test:quality` (vitest.quality.config.ts), which CI runs after `npm test`.
    exclude: [...configDefaults.exclude, 'test/model/quality.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests that build ONNX models or start servers are CPU-heavy; two cores, two workers.
    maxWorkers: 2,
  },
});
