/** The CSV export's words from the dictionary (server side: the browser gets them as data). */
import { nb } from './nb';
import type { CsvWords } from '../lib/checklist/transfer';

export const csvWords = (): CsvWords => ({
  phase: nb['csv.phase'],
  item: nb['csv.item'],
  role: nb['csv.role'],
  status: nb['csv.status'],
  note: nb['csv.note'],
  changed: nb['csv.changed'],
  done: nb['csv.done'],
  notDone: nb['csv.notDone'],
});
