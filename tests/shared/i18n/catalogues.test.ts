// Where a key lives follows from its name: the namespace (its first part) is the file that
// holds it, so a new key has one obvious home and two files never share a namespace.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, CATALOGUES, isMessageKey, translator } from '../../../shared/i18n';

const I18N = join('shared', 'i18n');
const camel = (fileName: string) => fileName.replace(/\.ts$/, '').replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

function catalogueFiles(): { namespace: string; source: string }[] {
  return readdirSync(I18N, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(I18N, folder.name))
        .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
        .map((name) => ({ namespace: camel(name), source: readFileSync(join(I18N, folder.name, name), 'utf8') })),
    );
}

describe('the catalogues', () => {
  it('have one namespace per file, named after the file', () => {
    const files = catalogueFiles();

    expect(files.map((file) => file.namespace).sort()).toEqual(Object.keys(CATALOGUES).sort());
    for (const file of files) expect(file.source).toMatch(/= defineCatalogue\(\{/);
  });

  it('keep every file below 300 lines', () => {
    for (const folder of readdirSync(I18N, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      for (const name of readdirSync(join(I18N, folder.name))) {
        const lines = readFileSync(join(I18N, folder.name, name), 'utf8').split('\n').length;
        expect({ file: `${folder.name}/${name}`, short: lines <= 300 }).toEqual({ file: `${folder.name}/${name}`, short: true });
      }
    }
  });

  it('give main and the window the same sentence for a key', () => {
    expect(translator('de')('records.consent.declined')).toBe(catalogues.de.records.consent.declined);
    expect(translator('en')('menu.file')).toBe('File');
    expect(translator('de')('menu.file')).toBe('Datei');
  });

  it('keep one translator per language for the life of the process', () => {
    expect(translator('de')).toBe(translator('de'));
    expect(translator('en')).not.toBe(translator('de'));
  });

  it('tell a key they hold from a code they do not know', () => {
    expect(isMessageKey('errors.invalid_email')).toBe(true);
    expect(isMessageKey('errors.no_such_code')).toBe(false);
    expect(isMessageKey('errors')).toBe(false);
    expect(isMessageKey('errors.toString')).toBe(false);
  });
});
