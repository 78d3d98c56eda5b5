// Renders Settings → Your data in jsdom with window.api answered by the test: each channel
// returns what the test queues for it and records what the window sent.
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Result } from '../../../shared/ipc/result';
import { createI18n } from '../../../shared/i18n';
import type { Language } from '../../../shared/schema/fields';
import type { RekindleDocument } from '../../../shared/schema/document';
import { Toasts } from '../../../renderer/components/Toasts';
import { DataSection } from '../../../renderer/features/data/DataSection';
import { setSnapshot, useAppSnapshot } from '../../../renderer/state/app-state';
import { dismissToast, showToast } from '../../../renderer/state/toasts';

// jsdom has no modal dialogs; opening is all these dialogs need from it.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
}

type Answer = Result<unknown> | Promise<Result<unknown>>;

export interface DataHarness {
  calls: { channel: string; payload: unknown }[];
  /** Queues the answer for the next call on a channel such as "backup:open". */
  answer(channel: string, value: Answer): void;
  document(): RekindleDocument;
}

export function ok(value: unknown): Result<unknown> {
  return { ok: true, value };
}

export function refused(
  code: 'file_too_large' | 'unreadable_file' | 'conflict' | 'not_found',
  message: string,
  issues: { path: string; code: string }[] = [],
): Result<unknown> {
  return { ok: false, error: { code, message, issues } };
}

let latestDocument: RekindleDocument | null = null;

function DocumentProbe() {
  latestDocument = useAppSnapshot()?.document ?? null;
  return null;
}

export function renderDataSection(
  initial: RekindleDocument,
  { language = 'en', readOnly = false }: { language?: Language; readOnly?: boolean } = {},
): DataHarness {
  const calls: DataHarness['calls'] = [];
  const queued = new Map<string, Answer[]>();
  const channel = (name: string) => (payload?: unknown) => {
    calls.push({ channel: name, payload });
    const next = queued.get(name)?.shift();
    if (next === undefined) throw new Error(`No answer queued for ${name}`);
    return Promise.resolve(next);
  };
  window.api = {
    backup: { save: channel('backup:save'), open: channel('backup:open'), restore: channel('backup:restore') },
    import: {
      open: channel('import:open'),
      apply: channel('import:apply'),
      openApplications: channel('import:openApplications'),
      previewApplications: channel('import:previewApplications'),
      applyApplications: channel('import:applyApplications'),
    },
    exports: { csv: channel('exports:csv') },
  } as unknown as typeof window.api;

  // Toasts live in a module-level list; ids count up from 1, so this clears earlier tests' ones.
  const last = showToast({ message: '' });
  for (let id = 1; id <= last; id += 1) dismissToast(id);

  setSnapshot({ document: initial, notice: null, readOnly, systemLanguage: language, dataFile: '/data/rekindle-data.json' });
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <DocumentProbe />
      <DataSection />
      <Toasts />
    </I18nextProvider>,
  );
  return {
    calls,
    answer(name, value) {
      queued.set(name, [...(queued.get(name) ?? []), value]);
    },
    document: () => latestDocument as RekindleDocument,
  };
}
