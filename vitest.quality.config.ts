import { defineConfig } from 'vitest/config';

/** `npm run test:quality`: the real-model hybrid quality gate alone (skipped, with the reason, without the model). */
export default defineConfig({
  test: {
    include: ['test/model/quality.test.ts'],
    testTimeout: 60_000,
  },
});
