// Diagnoses (evaluations) behind the msw handlers, with the server's list semantics (README "Diagnoses
// (evaluations)"): must/not of nameContains and statusIn, orderBy scoreValue with nulls smallest, newest first.
import { graphql, HttpResponse } from 'msw';
import type { Diagnosis, DiagnosisReportItem } from '../diagnoses';
import type {
  DiagnosesListQuery,
  DiagnosesListQueryVariables,
  DiagnosisDetailQuery,
  DiagnosisDetailQueryVariables,
  DiagnosisFilterOptions,
  DiagnosisOrderBy,
} from '../gql/graphql';
import { mockDb, page } from './db';
import { errorResponse } from './handlers';
import { addMockReport } from './reports';
import { reportFixtures, type ReportFixture } from './report-fixtures';

/** A report item fixture bound to one discriminator value (null: every value). */
export type DiagnosisItemFixture = ReportFixture & { discriminatorValue: string | null };

/** Adds a completed diagnosis (iou_threshold 0.5 / 0.75 / 0.9 unless overridden) with report items and their files. */
export function addMockDiagnosis(
  overrides: Partial<Diagnosis> & { datasetId: string; name: string },
  items: readonly DiagnosisItemFixture[] = [],
): Diagnosis {
  const n = mockDb.diagnoses.length + 1;
  const id = overrides.id ?? `diagnosis-${String(n).padStart(4, '0')}`;
  const at = new Date(Date.UTC(2025, 2, 1) + n * 3_600_000).toISOString();
  const reportItems: DiagnosisReportItem[] = addMockReport(`${id}-items`, items).map((item, i) => ({
    ...item,
    discriminatorValue: items[i]!.discriminatorValue,
  }));
  const diagnosis: Diagnosis = {
    id,
    description: null,
    status: 'COMPLETED',
    scoreKey: 'mAP50',
    scoreValue: 80,
    scoreUnit: '%',
    diagnosisParameters: null,
    contents: null,
    sourceSliceId: null,
    targetSliceId: null,
    sourceDataCount: null,
    targetDataCount: null,
    diagnosisDataCount: null,
    modelId: null,
    discriminatorKey: 'iou_threshold',
    discriminatorValues: ['0.5', '0.75', '0.9'],
    completedAt: at,
    createdAt: at,
    updatedAt: at,
    createdBy: 'team-ci',
    updatedBy: 'team-ci',
    diagnosisReportItems: reportItems,
    ...overrides,
  };
  mockDb.diagnoses.push(diagnosis);
  return diagnosis;
}

function matches(d: Diagnosis, options: DiagnosisFilterOptions, every: boolean) {
  const tests: boolean[] = [];
  if (options.nameContains) tests.push(d.name.toLowerCase().includes(options.nameContains.toLowerCase()));
  if (options.statusIn != null) tests.push(options.statusIn.includes(d.status));
  if (options.idIn != null) tests.push(options.idIn.includes(d.id));
  return every ? tests.every(Boolean) : tests.some(Boolean);
}

function order(orderBy: DiagnosisOrderBy | null | undefined) {
  if (orderBy?.field !== 'scoreValue') return (a: Diagnosis, b: Diagnosis) => b.createdAt.localeCompare(a.createdAt);
  const sign = orderBy.direction === 'ASC' ? 1 : -1;
  return (a: Diagnosis, b: Diagnosis) => {
    const [x, y] = [a.scoreValue ?? -Infinity, b.scoreValue ?? -Infinity];
    return sign * (x - y || a.id.localeCompare(b.id));
  };
}

export const diagnosisHandlers = [
  graphql.query<DiagnosesListQuery, DiagnosesListQueryVariables>('DiagnosesList', ({ variables }) => {
    const { must, not } = variables.filter ?? {};
    const listed = mockDb.diagnoses
      .filter((d) => d.datasetId === variables.datasetId)
      .filter((d) => !must || matches(d, must, true))
      .filter((d) => !not || !matches(d, not, false))
      .sort(order(variables.orderBy));
    const { items, next, totalCount } = page(listed, variables.cursor, variables.length);
    return HttpResponse.json({ data: { diagnoses: { diagnoses: items, next, totalCount } } });
  }),
  graphql.query<DiagnosisDetailQuery, DiagnosisDetailQueryVariables>('DiagnosisDetail', ({ variables }) => {
    const found = mockDb.diagnoses.find((d) => d.datasetId === variables.datasetId && d.id === variables.diagnosisId);
    if (!found) {
      return errorResponse('NOT_FOUND', `Diagnosis ${variables.diagnosisId} not found`);
    }
    return HttpResponse.json({ data: { diagnosis: found } });
  }),
];

/** An IoU sweep's items: "AP per class" per threshold (its description names it) and a "Summary" for every value. */
export function sweepFixtures(variant = 0): DiagnosisItemFixture[] {
  const [bars, , , , , , , , , summary] = reportFixtures(variant);
  return [
    { ...summary!, discriminatorValue: null },
    ...['0.5', '0.75', '0.9'].map((value) => ({
      ...bars!,
      description: `Average precision at IoU ${value}.`,
      discriminatorValue: value,
    })),
  ];
}
