// What main writes into files and native dialogs, keyed by namespace (= file name).
import { brief } from './brief';
import { cards } from './cards';
import { csv } from './csv';
import { drafts } from './drafts';
import { files } from './files';
import { ics } from './ics';
import { sheet } from './sheet';

export const DOCUMENT_CATALOGUES = { brief, cards, csv, drafts, files, ics, sheet } as const;
