import { summarizeTraining } from './score-summary';

const run = (scoreValue: number | null, scoreKey: string | null = 'mAP50', scoreUnit: string | null = '%') => ({
  status: 'COMPLETED' as const,
  taskType: 'OBJECT_DETECTION' as const,
  scoreKey,
  scoreValue,
  scoreUnit,
});

describe('summarizeTraining', () => {
  it('gives deltas to the baseline and the best mark when the models share a score key and unit', () => {
    const [base, better, none] = summarizeTraining([run(70), run(75.5), run(null)], 0);
    expect(base).toMatchObject({ scoreDelta: 0, isBestScore: false });
    expect(better).toMatchObject({ scoreDelta: 5.5, isBestScore: true });
    expect(none).toMatchObject({ scoreDelta: null, isBestScore: false });
  });

  it('compares nothing across different keys or units', () => {
    for (const models of [
      [run(70), run(0.8, 'F1', null)],
      [run(70), run(0.8, 'mAP50', null)],
    ]) {
      expect(summarizeTraining(models, 0).map((s) => [s.scoreDelta, s.isBestScore])).toEqual([
        [null, false],
        [null, false],
      ]);
    }
  });
});
