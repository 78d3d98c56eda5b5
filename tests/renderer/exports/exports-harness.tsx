// Renders the export dialogs in jsdom over the real bridge, answered by the test: each
// channel runs the test's handler (or a default), typed as that channel's answer, and
// records what the window sent.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { contract, type SheetPreview } from '../../../shared/ipc/contract';
import type { ErrorCode, FieldIssue, Result } from '../../../shared/ipc/result';
import { createI18n } from '../../../shared/i18n';
import type { Language } from '../../../shared/schema/fields';
import type { RekindleDocument } from '../../../shared/schema/document';
import { Toasts } from '../../../renderer/components/Toasts';
import { setSnapshot } from '../../../renderer/state/app-state';
import { clearToasts } from '../../../renderer/state/toasts';
import { answerWithHandlers, ok, type Answer } from '../bridge/bridge';

export { ok };

// jsdom has no modal dialogs; opening is all these dialogs need from it.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
}

const EXPORT_CHANNELS = ['sheetPreview', 'referenceSheet', 'prepBrief', 'notePrompts'] as const;
type ExportChannel = (typeof EXPORT_CHANNELS)[number];
const exportChannelOf = (channel: string): ExportChannel | null =>
  EXPORT_CHANNELS.find((name) => `exports:${name}` === channel) ?? null;
type ExportHandlers = { [K in ExportChannel]?: (payload: unknown) => Answer<`exports:${K}`> };

export interface ExportsHarness {
  calls: { channel: ExportChannel; payload: unknown }[];
  payloads<T>(channel: ExportChannel): T[];
}

export function refused(code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> {
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
function fakePreview(document: RekindleDocument, payload: { referenceIds: string[]; language: Language; asOf?: boolean | undefined }): SheetPreview {
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
  { language = 'en', handlers = {} }: { language?: Language; handlers?: ExportHandlers } = {},
): ExportsHarness {
  const { calls } = answerWithHandlers({
    // What main's preview would say, from the payload main would parse.
    'exports:sheetPreview': (payload) => handlers.sheetPreview?.(payload) ?? ok(fakePreview(document, contract['exports:sheetPreview'].request.parse(payload))),
    'exports:referenceSheet': (payload) => handlers.referenceSheet?.(payload) ?? ok({ savedTo: '/home/jana/References.pdf' }),
    'exports:prepBrief': (payload) => handlers.prepBrief?.(payload) ?? ok({ savedTo: '/home/jana/Prep brief.pdf' }),
    'exports:notePrompts': (payload) => handlers.notePrompts?.(payload) ?? ok({ savedTo: '/tmp/rekindle-print/Thank-you notes.pdf' }),
  });
  clearToasts();

  setSnapshot({ document, notice: null, readOnly: false, systemLanguage: language, dataFile: '/data/rekindle-data.json' });
  render(
    <I18nextProvider i18n={createI18n(language)}>
      {element}
      <Toasts />
    </I18nextProvider>,
  );
  return {
    get calls() {
      return calls.flatMap((call) => {
        const channel = exportChannelOf(call.channel);
        return channel ? [{ channel, payload: call.payload }] : [];
      });
    },
    payloads: <T,>(name: ExportChannel) => calls.filter((call) => call.channel === `exports:${name}`).map((call) => call.payload as T),
  };
}
