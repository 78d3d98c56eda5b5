// What main writes into files and native dialogs, keyed by namespace (= file name).
import { csv } from './csv';
import { files } from './files';
import { sheet } from './sheet';

export const DOCUMENT_CATALOGUES = { csv, files, sheet } as const;
