// `npm run drafts`: writes docs/drafts-review.md for a person to read through.
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { draftsReview } from './drafts-review';

it('writes every draft to docs/drafts-review.md', () => {
  writeFileSync('docs/drafts-review.md', draftsReview());
});
