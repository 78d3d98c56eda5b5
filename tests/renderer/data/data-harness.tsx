// Renders Settings → Your data in jsdom over the real bridge, answered by the test: each
// channel returns what the test queues for it, in that channel's own shape, and records
// what the window sent. Changes answer with main's patch, which the window applies.
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ErrorCode, FieldIssue, Result } from '../../../shared/ipc/result';
import { createI18n } from '../../../shared/i18n';
import { diffDocuments, type DocumentPatch } from '../../../shared/patch';
import type { Language } from '../../../shared/schema/fields';
import type { RekindleDocument } from '../../../shared/schema/document';
import { Toasts } from '../../../renderer/components/Toasts';
import { DataSection } from '../../../renderer/features/data/DataSection';
import { currentDocument, setSnapshot } from '../../../renderer/state/app-state';
import { clearToasts } from '../../../renderer/state/toasts';
import { answerWithQueue, type QueueBridge } from '../bridge/bridge';

export { ok } from '../bridge/bridge';

// jsdom has no modal dialogs; opening is all these dialogs need from it.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
}

export interface DataHarness {
  calls: QueueBridge['calls'];
  /** Queues the answer for the next call on a channel such as "backup:open". */
  answer: QueueBridge['answer'];
  /** The patch main would answer with for a change from the window's document to `after`. */
  patchTo(after: RekindleDocument): { patch: DocumentPatch };
  /** The document as the window has it now. */
  document(): RekindleDocument;
}

export function refused(code: ErrorCode, message: string, issues: FieldIssue[] = []): Result<never> {
  return { ok: false, error: { code, message, issues } };
}

export function renderDataSection(
  initial: RekindleDocument,
  { language = 'en', readOnly = false }: { language?: Language; readOnly?: boolean } = {},
): DataHarness {
  const bridge = answerWithQueue();
  clearToasts();

  setSnapshot({ document: initial, notice: null, readOnly, systemLanguage: language, dataFile: '/data/rekindle-data.json' });
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <DataSection />
      <Toasts />
    </I18nextProvider>,
  );
  return {
    calls: bridge.calls,
    answer: bridge.answer,
    patchTo: (after) => ({ patch: diffDocuments(currentDocument(), after) }),
    document: currentDocument,
  };
}
