// A feature's catalogue holds both languages side by side; German must have exactly the
// keys English has, which the compiler checks here.
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

export function defineCatalogue<T extends Record<string, unknown>>(catalogue: { en: T; de: Catalogue<T> }) {
  return catalogue;
}
