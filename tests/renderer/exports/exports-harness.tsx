// Renders the export dialogs in jsdom with window.api answered by the test: each channel
// runs the test's handler (or a default) and records what the window sent.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { RequestOf, ResponseOf, SavedFile, SheetPreview } from '../../../shared/ipc/contract';
import type { FieldIssue } from '../../../shared/ipc/result';
import type { Result } from '../../../shared/ipc/result';
import { createI18n } from '../../../shared/i18n';
import type { Language } from '../../../shared/schema/fields';
import type { RekindleDocument } from '../../../shared/schema/document';
import { Toasts } from '../../../renderer/components/Toasts';
import { setSnapshot } from '../../../renderer/state/app-state';
import { dismissToast, showToast } from '../../../renderer/state/toasts';
import { fakeBridge } from '../../fixtures/fake-bridge';

// jsdom has no modal dialogs; opening is all these dialogs need from it.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
}

type ExportChannel = 'sheetPreview' | 'referenceSheet' | 'prepBrief' | 'notePrompts';
/** A test's answer on exports:<verb>, typed from the contract like main's handler. */
type Handlers = {
  [V in ExportChannel]?: (payload: RequestOf<`exports:${V}`>) => Result<ResponseOf<`exports:${V}`>> | Promise<Result<ResponseOf<`exports:${V}`>>>;
};

/** What an export channel answers: where the file went, or a refusal. */
export type SavedFileAnswer = Result<SavedFile>;

export interface ExportsHarness {
  calls: { channel: ExportChannel; payload: unknown }[];
  payloads<T>(channel: ExportChannel): T[];
}

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function refused(code: 'not_found' | 'io_error' | 'internal', message: string, issues?: FieldIssue[]): Result<never> {
  return { ok: false, error: { code, message, ...(issues ? { issues } : {}) } };
}

/** A promise the test resolves when it wants main to answer, to look at the busy state. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** What main's preview would say, reduced to what the dialog shows. */
function fakePreview(document: RekindleDocument, payload: { referenceIds: string[]; language: Language; asOf?: boolean }): SheetPreview {
  return {
    header: { name: document.profile.name, contact: [document.profile.city].filter(Boolean) },
    title: payload.language === 'de' ? 'Referenzen' : 'References',
    asOf: payload.asOf ? `${payload.language}:as-of` : '',
    entries: payload.referenceIds.map((id) => {
      const person = document.references.find((item) => item.id === id)!;
      return {
        name: person.name,
        currentTitle: person.currentTitle,
        organisation: person.organisation,
        phone: person.phone,
        email: person.email,
        relationship: `${payload.language}:${person.relationship}`,
      };
    }),
  };
}

export function renderExports(
  element: ReactElement,
  document: RekindleDocument,
  { language = 'en', handlers = {} }: { language?: Language; handlers?: Handlers } = {},
): ExportsHarness {
  const calls: ExportsHarness['calls'] = [];
  const record = <V extends ExportChannel>(name: V, payload: RequestOf<`exports:${V}`>) => {
    calls.push({ channel: name, payload });
    return handlers[name];
  };
  window.api = fakeBridge({
    'exports:sheetPreview': async (payload) => (record('sheetPreview', payload) ?? (() => ok(fakePreview(document, payload))))(payload),
    'exports:referenceSheet': async (payload) => (record('referenceSheet', payload) ?? (() => ok({ savedTo: '/home/jana/References.pdf' })))(payload),
    'exports:prepBrief': async (payload) => (record('prepBrief', payload) ?? (() => ok({ savedTo: '/home/jana/Prep brief.pdf' })))(payload),
    'exports:notePrompts': async (payload) =>
      (record('notePrompts', payload) ?? (() => ok({ savedTo: '/tmp/rekindle-print/Thank-you notes.pdf' })))(payload),
  }).api;

  // Toasts live in a module-level list; ids count up from 1, so this clears earlier tests' ones.
  const last = showToast({ message: '' });
  for (let id = 1; id <= last; id += 1) dismissToast(id);

  setSnapshot({ document, notice: null, readOnly: false, systemLanguage: language, dataFile: '/data/rekindle-data.json' });
  render(
    <I18nextProvider i18n={createI18n(language)}>
      {element}
      <Toasts />
    </I18nextProvider>,
  );
  return {
    calls,
    payloads: <T,>(name: ExportChannel) => calls.filter((call) => call.channel === name).map((call) => call.payload as T),
  };
}
