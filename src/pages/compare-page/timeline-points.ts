import type { ModelListItem } from '../../api/models';
import { meanAp } from '../../components/model-metrics';

export interface TimelinePoint {
  id: string;
  name: string;
  /** Milliseconds since the epoch. */
  trainedAt: number;
  map: number;
  isPinned: boolean;
}

/** Trained models with a training date and an mAP; the rest cannot be placed on the timeline. */
export function timelinePoints(models: readonly ModelListItem[]): TimelinePoint[] {
  return models.flatMap((m) => {
    const time = m.trainedAt ? new Date(m.trainedAt).getTime() : NaN;
    const map = meanAp(m.trainingClasses);
    if (!m.isTrained || Number.isNaN(time) || map == null) return [];
    return [{ id: m.id, name: m.name, trainedAt: time, map, isPinned: m.isPinned }];
  });
}
