// What launch loads, read from the real build (out/renderer and Vite's manifest): the entry
// chunk and every chunk it imports statically. Run by the e2e project, after `npm run build`
// (its global setup refuses to start without one), so the figures are those of the build
// that ships, never of a stale or missing one.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../shared/i18n';

const RENDERER = resolve('out/renderer');
const MANIFEST = join(RENDERER, '.vite/manifest.json');
const BUDGET_BYTES = 500_000;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

function readManifest(): Manifest {
  if (!existsSync(MANIFEST)) throw new Error('No out/renderer/.vite/manifest.json: run `npm run build` (npm test does) with build.manifest on.');
  const parsed: Manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  return parsed;
}

/** A chunk and every chunk it imports statically, as files: what the browser fetches before it runs. */
function staticClosure(manifest: Manifest, key: string): Set<string> {
  const files = new Set<string>();
  const visit = (name: string) => {
    const chunk = manifest[name];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return files;
}

const bytes = (file: string) => statSync(join(RENDERER, file)).size;
const text = (files: Iterable<string>) => [...files].map((file) => readFileSync(join(RENDERER, file), 'utf8')).join('\n');
const javascript = (files: Iterable<string>) => [...files].filter((file) => file.endsWith('.js'));

function entryKey(manifest: Manifest): string {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  expect(entries.map(([key]) => key)).toEqual(['index.html']);
  return 'index.html';
}

/** True when the code holds `sentence` as a whole string literal, not just inside a longer one. */
const holds = (code: string, sentence: string) => ['`', '"', "'"].some((quote) => code.includes(`${quote}${sentence}${quote}`));

/** Every leaf string of a catalogue tree. */
function leaves(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  return typeof node === 'object' && node !== null ? Object.values(node).flatMap(leaves) : [];
}

/**
 * Sentences only one language has, long enough to be unmistakable and written the same way
 * in the minified chunk (no characters a template literal escapes). The board's rules
 * (checklist, next step) are left out: shared/stages.ts, which the cards need at launch,
 * carries both languages' labels so main and the window agree on them.
 */
function sentencesOnlyIn(language: 'en' | 'de'): string[] {
  const other = new Set(leaves(catalogues[language === 'en' ? 'de' : 'en']));
  const { checklist: _checklist, nextStep: _nextStep, ...rest } = catalogues[language];
  return leaves(rest).filter((sentence) => sentence.length >= 24 && !other.has(sentence) && !/[`$\\\n]/.test(sentence));
}

describe('the JavaScript launch loads (out/renderer, after npm run build)', () => {
  const manifest = readManifest();
  const launch = staticClosure(manifest, entryKey(manifest));

  it(`stays under ${BUDGET_BYTES / 1000} kB: the entry chunk and its static imports`, () => {
    const sizes = javascript(launch).map((file) => [file, bytes(file)] as const);
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    expect(total, sizes.map(([file, size]) => `${file}: ${size} bytes`).join('\n')).toBeLessThan(BUDGET_BYTES);
    // Nothing is loaded outside the manifest: index.html names exactly these scripts.
    const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
    const named = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
    expect(new Set(named)).toEqual(new Set(javascript(launch)));
  });

  it('leaves the other screens and every dialog to chunks fetched on first use', () => {
    const lazy = [
      'features/today/TodayView.tsx',
      'features/applications/ApplicationsView.tsx',
      'features/people/PeopleView.tsx',
      'features/settings/SettingsView.tsx',
      'features/data/DataSection.tsx',
      'features/help/HelpDialog.tsx',
      'features/palette/CommandPalette.tsx',
      'features/people/PersonDialog.tsx',
      'features/applications/ApplicationDialog.tsx',
      'features/exports/ReferenceSheetDialog.tsx',
      'features/exports/NotePromptsDialog.tsx',
      'features/board/CardDetail.tsx',
      'features/board/NewRequestDialog.tsx',
      'features/board/ContactForm.tsx',
    ];
    for (const src of lazy) {
      const chunk = manifest[src];
      expect(chunk?.isDynamicEntry, `${src} has a chunk of its own`).toBe(true);
      expect(launch.has(chunk?.file ?? ''), `${src} is not loaded at launch`).toBe(false);
    }
  });

  it("carries no language's words at launch, and each language's chunk only its own", () => {
    const chunkOf = (language: 'en' | 'de') => {
      const chunk = manifest[`messages/${language}.ts`];
      expect(chunk?.isDynamicEntry, `messages/${language}.ts has a chunk of its own`).toBe(true);
      // What fetching the language adds to what launch already has.
      return [...staticClosure(manifest, `messages/${language}.ts`)].filter((file) => !launch.has(file));
    };
    const english = text(chunkOf('en'));
    const german = text(chunkOf('de'));
    const atLaunch = text(javascript(launch));
    const onlyEnglish = sentencesOnlyIn('en');
    const onlyGerman = sentencesOnlyIn('de');
    expect(onlyEnglish.length).toBeGreaterThan(100);
    expect(onlyGerman.length).toBeGreaterThan(100);

    expect(onlyEnglish.filter((sentence) => !holds(english, sentence))).toEqual([]);
    expect(onlyGerman.filter((sentence) => !holds(german, sentence))).toEqual([]);
    expect(onlyGerman.filter((sentence) => holds(english, sentence))).toEqual([]);
    expect(onlyEnglish.filter((sentence) => holds(german, sentence))).toEqual([]);
    expect([...onlyEnglish, ...onlyGerman].filter((sentence) => holds(atLaunch, sentence))).toEqual([]);
  });
});
