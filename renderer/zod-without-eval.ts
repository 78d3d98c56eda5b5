// The page's policy forbids compiling code (main/security.ts: script-src 'self'). zod would
// probe for it with `new Function` the first time a form's schema is built, and the browser
// reports each such try as a policy violation; told up front, it never tries.
import { config } from 'zod/v4/core';

config({ jitless: true });
