// The keys `t()` accepts are the English catalogue's: a key that is not there fails to
// compile, in the renderer (react-i18next reads the same options) and in main. A declaration
// file, so every tsconfig that takes in shared/ applies it to every file it checks.
import type { Messages } from './index';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Messages };
  }
}
