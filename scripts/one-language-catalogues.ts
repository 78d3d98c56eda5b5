// A catalogue file holds both languages side by side (shared/i18n/define.ts), which main
// wants and which keeps translations reviewable. The window shows one language at a time:
// renderer/messages/<language>.ts is its chunk, and this plugin makes that chunk carry only
// that language's half of every catalogue. Everything outside those chunks (main, tests,
// the drafts a person's language needs) reads the files as they are.
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../shared/schema/constants';

type Language = (typeof LANGUAGES)[number];

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const QUERY = /\?one-language=([a-z]+)$/;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

function languageOf(value: string | undefined): Language | null {
  const found = LANGUAGES.find((language) => language === value);
  return found ?? null;
}

/** Every `defineCatalogue({ en: …, de: … })` value of a language other than `keep`, as ranges to blank. */
function otherHalves(program: Node, keep: Language): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isNode(node)) return;
    const callee = node.callee;
    const [argument] = Array.isArray(node.arguments) ? node.arguments : [];
    if (node.type === 'CallExpression' && isNode(callee) && callee.name === 'defineCatalogue' && isNode(argument) && Array.isArray(argument.properties)) {
      for (const property of argument.properties) {
        if (!isNode(property) || !isNode(property.key) || !isNode(property.value)) continue;
        const name = languageOf(typeof property.key.name === 'string' ? property.key.name : undefined);
        if (name && name !== keep) ranges.push({ start: property.value.start, end: property.value.end });
      }
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'type') visit(child);
  };
  visit(program);
  return ranges;
}

export function oneLanguageCatalogues(root: string): Plugin {
  const inside = (file: string, folder: string) => !relative(`${root}/${folder}`, file).startsWith('..');
  const messagesModule = (file: string) => languageOf(/^renderer[\\/]messages[\\/]([a-z]+)\.ts$/.exec(relative(root, file))?.[1]);
  return {
    name: 'rekindle-one-language-catalogues',
    // Before Vite's resolver, which would hand out the one shared copy.
    resolveId: {
      order: 'pre',
      async handler(source, importer) {
        if (!importer) return null;
        const [importerFile = importer] = importer.split('?');
        const language = messagesModule(importerFile) ?? languageOf(QUERY.exec(importer)?.[1]);
        if (!language) return null;
        const resolved = await this.resolve(source, importerFile, { skipSelf: true });
        if (!resolved || resolved.external || !inside(resolved.id, `shared${sep}i18n`)) return resolved;
        // Its own copy of each catalogue module per language, so the halves never meet.
        return { ...resolved, id: `${resolved.id}?one-language=${language}` };
      },
    },
    // After TypeScript is stripped: plain JavaScript to parse.
    transform: {
      order: 'post',
      handler(code, id) {
        const language = languageOf(QUERY.exec(id)?.[1]);
        if (!language) return null;
        const program: unknown = this.parse(code);
        if (!isNode(program)) return null;
        let kept = code;
        for (const { start, end } of otherHalves(program, language).sort((a, b) => b.start - a.start)) {
          kept = `${kept.slice(0, start)}{}${kept.slice(end)}`;
        }
        return { code: kept, map: null };
      },
    },
  };
}
