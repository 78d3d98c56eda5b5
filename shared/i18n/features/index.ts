// Every feature's catalogue, keyed by the namespace its keys live under ("people.title").
import { applicationImport } from './application-import';
import { applications } from './applications';
import { bench } from './bench';
import { board } from './board';
import { calendar } from './calendar';
import { checks } from './checks';
import { closeSearch } from './close-search';
import { composer } from './composer';
import { data } from './data';
import { documentExports } from './exports';
import { palette } from './palette';
import { people } from './people';
import { records } from './records';
import { restore } from './restore';
import { today } from './today';

export const FEATURE_CATALOGUES = {
  applicationImport,
  applications,
  bench,
  board,
  calendar,
  checks,
  closeSearch,
  composer,
  data,
  exports: documentExports,
  palette,
  people,
  records,
  restore,
  today,
} as const;
