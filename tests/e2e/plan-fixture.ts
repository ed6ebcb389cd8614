/**
 * A small action plan, as a project group would write it: two areas, three goals, four
 * measures. The keyboard test types it in; other tests store it directly. Expected figures
 * are worked out by hand here, beside the data they follow from.
 */
import { addRecord, newRecordId } from '../../src/lib/plan/plan';
import { emptyProgress } from '../../src/lib/checklist/store';
import type { MeasureRecord, SmarteKey } from '../../src/lib/plan/schema';

export type MeasureData = Pick<
  MeasureRecord,
  'description' | 'unit' | 'deadline' | 'cost' | 'budgetYears' | 'financing' | 'status' | 'note'
>;

export const PLAN: { title: string; goals: { title: string; smarte: SmarteKey[]; measures: MeasureData[] }[] }[] = [
  {
    title: 'Flere kan eie egen bolig',
    goals: [
      {
        title: 'Flere husstander går fra leie til eie',
        smarte: ['spesifikt', 'relevant'],
        measures: [
          {
            description: 'Startlån til unge i etableringsfasen',
            unit: 'Boligkontoret',
            deadline: '2025',
            cost: '200 000',
            budgetYears: '2027',
            financing: 'Startlån fra Husbanken',
            status: 'startet',
            note: 'Sak 24/113',
          },
          {
            description: 'Informasjon om leie til eie',
            unit: 'Boligkontoret',
            deadline: '31.12.2099',
            cost: '50 000',
            budgetYears: '2027, 2028',
            financing: 'Driftsbudsjettet',
            status: 'ikke-startet',
            note: '',
          },
        ],
      },
      {
        title: 'Ingen er bostedsløse',
        smarte: [],
        measures: [
          {
            description: 'Kartlegge bostedsløse',
            unit: 'NAV',
            deadline: '2024',
            cost: '',
            budgetYears: '',
            financing: '',
            status: 'gjennomfort',
            note: '',
          },
        ],
      },
    ],
  },
  {
    title: 'Tjenester i hjemmet',
    goals: [
      {
        title: 'Eldre kan bo hjemme lenger',
        smarte: ['tidsbestemt'],
        measures: [
          {
            description: 'Tilpasse kommunale boliger',
            unit: 'Helse og omsorg',
            deadline: '2024-06-30',
            cost: '1 000 000',
            budgetYears: '2028',
            financing: 'Investeringsbudsjettet',
            status: 'ikke-startet',
            note: '',
          },
        ],
      },
    ],
  },
];

export const MEASURES = PLAN.flatMap((area) => area.goals.flatMap((goal) => goal.measures));
/** Records in the plan: areas, goals and measures. */
export const RECORD_COUNT = PLAN.length + PLAN.flatMap((area) => area.goals).length + MEASURES.length;
/** Measures past their deadline and not carried out (deadlines are long past or far ahead). */
export const OVERDUE = ['Startlån til unge i etableringsfasen', 'Tilpasse kommunale boliger'];
/** Cost per budget year, kr: 50 000 over two years is 25 000 in each. */
export const COST_PER_YEAR = [
  { year: '2027', sum: '225 000' },
  { year: '2028', sum: '1 025 000' },
];
export const STATUS_WORDS = { 'ikke-startet': 'Ikke startet', startet: 'Startet', gjennomfort: 'Gjennomført' } as const;

/** The stored state of the whole plan, as the site saves it. */
export function storedPlan(): string {
  let progress = emptyProgress();
  for (const area of PLAN) {
    const areaId = newRecordId();
    progress = addRecord(progress, areaId, { kind: 'area', title: area.title });
    for (const goal of area.goals) {
      const goalId = newRecordId();
      progress = addRecord(progress, goalId, { kind: 'goal', area: areaId, title: goal.title, smarte: goal.smarte });
      for (const measure of goal.measures)
        progress = addRecord(progress, newRecordId(), { kind: 'measure', goal: goalId, ...measure });
    }
  }
  return JSON.stringify(progress);
}
