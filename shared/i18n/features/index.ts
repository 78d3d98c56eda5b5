// Every feature's catalogue, keyed by the namespace its keys live under ("people.title").
import { applications } from './applications';
import { common } from './common';

export const FEATURE_CATALOGUES = {
  applications,
  records: common,
} as const;
