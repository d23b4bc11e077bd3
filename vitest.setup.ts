import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Several views load their code lazily; on a busy 2-core runner that can take over the default
// second, and a findBy… that gives up early is a flaky test, not a finding.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
});
