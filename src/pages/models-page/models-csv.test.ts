import { buildModel, buildNewerModel, buildTrainClass } from '../../api/mocks/factories';
import { modelsCsv } from './models-csv';

describe('modelsCsv', () => {
  it('writes a header and one row of raw values per model', () => {
    const model = buildModel({
      id: 'm1',
      datasetId: 'd',
      name: 'yolo, "night"',
      isTrained: true,
      trainedAt: '2025-03-01T10:00:00.000Z',
      trainingDataCount: 100,
      trainingClasses: [buildTrainClass({ ap: 0.5 }), buildTrainClass({ class: 'bus', ap: 0.75 })],
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-02T00:00:00.000Z',
    });
    expect(modelsCsv([model]).split('\r\n')).toEqual([
      'id,name,baseline_model,is_trained,trained_at,map,classes,training_data_count,validation_data_count,is_pinned,created_at,updated_at',
      'm1,"yolo, ""night""",yolov8n,true,2025-03-01T10:00:00.000Z,0.625,2,100,,false,2025-01-01T00:00:00.000Z,2025-01-02T00:00:00.000Z',
      '',
    ]);
  });

  it('writes the mAP without float noise', () => {
    const model = buildModel({
      datasetId: 'd',
      trainingClasses: [0.8, 0.9, 0.95, 0.99].map((ap, i) => buildTrainClass({ class: `c${i}`, ap })),
    });
    expect(modelsCsv([model]).split('\r\n')[1]?.split(',')[5]).toBe('0.91');
  });

  it('adds the newer API columns where the server speaks it', () => {
    const model = buildNewerModel({
      id: 'm2',
      datasetId: 'd',
      name: 'run',
      status: 'COMPLETED',
      completedAt: '2025-03-01T10:00:00.000Z',
      scoreKey: 'mAP50',
      scoreValue: 87.25,
      scoreUnit: '%',
      trainingParameters: { epochs: 10 },
    });
    const [header, row] = modelsCsv([model], true).split('\r\n');
    expect(header?.split(',').slice(-7)).toEqual([
      'status',
      'task_type',
      'score_key',
      'score_value',
      'score_unit',
      'completed_at',
      'training_parameters',
    ]);
    expect(row?.endsWith('COMPLETED,OBJECT_DETECTION,mAP50,87.25,%,2025-03-01T10:00:00.000Z,"{""epochs"":10}"')).toBe(
      true,
    );
  });
});
