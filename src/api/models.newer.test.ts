// newer-api.md §5.3 in the dashboard: a newer-API model read into the dashboard's shape, and its filter.
import { fromNewerModel, toNewerFilter } from './models.newer';

const newerModel = (overrides: Partial<Parameters<typeof fromNewerModel>[0]> = {}) => ({
  id: 'm1',
  datasetId: 'ds',
  name: 'detector',
  description: null,
  isPinned: false,
  validationDataCount: 30,
  createdAt: '2026-02-01T09:00:00.000Z',
  createdBy: 'a',
  updatedAt: null,
  updatedBy: null,
  status: 'COMPLETED' as const,
  taskType: 'OBJECT_DETECTION' as const,
  customDagId: null,
  scoreKey: 'mAP50',
  scoreValue: 0.7,
  scoreUnit: '%',
  completedAt: '2026-02-02T09:00:00.000Z',
  totalDataCount: 150,
  trainDataCount: 120,
  trainingParameters: { epochs: 5 },
  trainSliceId: 's1',
  validationSliceId: null,
  contents: { 'best.pt': '01J0000000000000000000000A' },
  trainingAnnotations: [{ className: 'car', annotationType: 'box', trainCount: 3, validationCount: 1 }],
  trainingReport: [],
  ...overrides,
});

describe('fromNewerModel (§5.3 reads)', () => {
  it('fills the first generation’s fields: no baseline or AP, trained from the status, trainedAt from completedAt', () => {
    const slice = {
      id: 's1',
      datasetId: 'ds',
      name: 'train',
      description: null,
      isPinned: false,
      createdAt: '',
      createdBy: null,
      updatedAt: null,
      updatedBy: null,
      dataCount: 120,
    };
    expect(fromNewerModel(newerModel(), [slice])).toMatchObject({
      baselineModel: null,
      isTrained: true,
      trainedAt: '2026-02-02T09:00:00.000Z',
      trainingDataCount: 120,
      meta: { epochs: 5 },
      modelContent: { id: '01J0000000000000000000000A', downloadURL: null },
      trainingClasses: [
        { class: 'car', annotationType: 'box', ap: null, trainingAnnotationsCount: 3, validationAnnotationsCount: 1 },
      ],
      trainingSlices: [slice],
      validationSlices: [],
      scoreKey: 'mAP50',
    });
  });

  it('reads any other status as not trained, and null lists (the host’s schema allows them) as empty', () => {
    const model = fromNewerModel(
      newerModel({
        status: null,
        trainingAnnotations: null,
        trainingReport: null,
        contents: null,
        trainSliceId: 'gone',
      }),
    );
    expect(model).toMatchObject({ status: 'PENDING', isTrained: false, trainingClasses: [], trainingReport: [] });
    expect(model.modelContent).toBeNull();
    // A slice the host has no record of still shows its id.
    expect(model.trainingSlices).toEqual([expect.objectContaining({ id: 'gone', name: 'gone' })]);
    expect(fromNewerModel(newerModel({ status: 'IN_PROGRESS' })).isTrained).toBe(false);
  });
});

describe('toNewerFilter (§5.1)', () => {
  it('keeps name and id conditions and turns trained into statusIn COMPLETED on the right side', () => {
    expect(toNewerFilter(null)).toBeNull();
    expect(toNewerFilter({ must: { nameContains: 'yolo', idIn: ['a'], isTrained: true } })).toEqual({
      must: { nameContains: 'yolo', idIn: ['a'], statusIn: ['COMPLETED'] },
      not: {},
    });
    expect(toNewerFilter({ must: { isTrained: false }, not: { nameContains: 'old' } })).toEqual({
      must: {},
      not: { nameContains: 'old', statusIn: ['COMPLETED'] },
    });
    expect(toNewerFilter({ not: { isTrained: false } })).toEqual({ must: { statusIn: ['COMPLETED'] }, not: {} });
  });

  it('drops the pinned condition, which the newer API has no filter for', () => {
    expect(toNewerFilter({ must: { isPinned: true }, not: { isPinned: false } })).toEqual({ must: {}, not: {} });
  });
});
