// The schemas' plain values, in a module without zod: the window's first screen needs the
// stages and languages, and zod (which only forms and main need) stays out of launch.
export const STAGES = ['reconnect', 'prep', 'thanks', 'done'] as const;
export const LANGUAGES = ['en', 'de'] as const;
export const CURRENT_SCHEMA_VERSION = 1;
