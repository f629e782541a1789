// Fixed tables behind the demo data: what exists, not how it is inserted (see seed-demo.ts).
import type { ModelTaskType } from '../../src/api/schemas';

export interface DemoSlice {
  name: string;
  description: string;
  dataCount: number;
}

export interface DemoClass {
  name: string;
  /** Annotations per data item in a slice of this dataset. */
  density: number;
  /** Added to a model's mean AP: hard classes are negative. */
  difficulty: number;
}

export interface DemoModel {
  name: string;
  baselineModel: string;
  description: string;
  /** Mean AP the per-class values are spread around; null = not trained yet. */
  meanAp: number | null;
  trainingSlices: string[];
  validationSlices: string[];
  /** Training finished this many days before the seed ran. */
  trainedDaysAgo?: number;
  pinned?: boolean;
  withContent?: boolean;
  annotationType?: 'box' | 'polygon';
  /** Train on the first N classes of the dataset (all by default). */
  classCount?: number;
  epochs: number;
  lr: number;
  batchSize: number;
  imgsz: number;
  experimentGroup: string;
  notes: string;
  createdBy: string;
}

/**
 * A model recorded through the newer API (README "API generations"): a training run with a status, one
 * score, training parameters and annotation counts. A COMPLETED run also gets a training report with an
 * item of every chart type (demo-reports.ts).
 */
export interface DemoTrainingRun {
  name: string;
  description: string;
  taskType: ModelTaskType;
  status: 'PENDING' | 'IN_PROGRESS' | 'FAILED' | 'COMPLETED';
  customDagId: string;
  trainSlice: string;
  validationSlice: string;
  scoreKey: string;
  scoreUnit: string;
  /** The score so far (IN_PROGRESS) or the final one (COMPLETED), in scoreUnit; null: none yet. */
  scoreValue: number | null;
  trainingParameters: Record<string, unknown>;
  /** Trained on these classes of the dataset (all by default). */
  classes?: string[];
  annotationType: 'box' | 'polygon';
  /** Created this many days before the seed ran. */
  createdDaysAgo: number;
  /** How long the run took (COMPLETED) or has run until it stopped (FAILED, IN_PROGRESS). */
  trainingHours?: number;
  createdBy: string;
}

export interface DemoDataset {
  name: string;
  description: string;
  slices: DemoSlice[];
  classes: DemoClass[];
  models: DemoModel[];
  /**
   * Newer-API models. In "Traffic cameras" they are older than its three newest models, and with them it
   * holds 12 models (the most one comparison takes), so pages that open its newest models or compare all
   * of them still show first-generation models first.
   */
  trainingRuns: DemoTrainingRun[];
}

const MINA = 'mina.park@example.com';
const JONAS = 'jonas.weber@example.com';
const PRIYA = 'priya.raman@example.com';

const TRAFFIC: DemoDataset = {
  name: 'Traffic cameras',
  description: 'Intersection and highway cameras in three cities, 1080p, day and night.',
  slices: [
    { name: 'train-day', description: 'Daytime frames, Jan–Sep captures', dataCount: 12_480 },
    { name: 'train-night', description: 'Night and dusk frames, IR and colour', dataCount: 3_150 },
    { name: 'val-day', description: 'Held-out daytime cameras', dataCount: 2_210 },
    { name: 'val-night', description: 'Held-out night cameras', dataCount: 640 },
  ],
  classes: [
    { name: 'car', density: 6.1, difficulty: 0.1 },
    { name: 'truck', density: 1.2, difficulty: 0.02 },
    { name: 'bus', density: 0.4, difficulty: 0.05 },
    { name: 'person', density: 2.8, difficulty: -0.02 },
    { name: 'bicycle', density: 0.6, difficulty: -0.09 },
    { name: 'motorcycle', density: 0.5, difficulty: -0.06 },
    { name: 'traffic light', density: 1.9, difficulty: -0.04 },
    { name: 'stop sign', density: 0.3, difficulty: 0.08 },
    { name: 'van', density: 0.9, difficulty: -0.03 },
    { name: 'trailer', density: 0.2, difficulty: -0.12 },
  ],
  models: [
    {
      name: 'yolov8n-baseline',
      baselineModel: 'yolov8n',
      description: 'Nano baseline at default settings; the reference point for edge latency.',
      meanAp: 0.63,
      trainingSlices: ['train-day'],
      validationSlices: ['val-day'],
      trainedDaysAgo: 41,
      classCount: 8,
      epochs: 100,
      lr: 0.01,
      batchSize: 64,
      imgsz: 640,
      experimentGroup: 'baselines',
      notes: 'Misses most bicycles at distance.',
      createdBy: MINA,
    },
    {
      name: 'yolov8s-baseline',
      baselineModel: 'yolov8s',
      description: 'Small baseline, same recipe as the nano run.',
      meanAp: 0.74,
      trainingSlices: ['train-day'],
      validationSlices: ['val-day'],
      trainedDaysAgo: 39,
      classCount: 8,
      epochs: 100,
      lr: 0.01,
      batchSize: 64,
      imgsz: 640,
      experimentGroup: 'baselines',
      notes: 'Good trade-off; candidate for the night fine-tune.',
      createdBy: MINA,
    },
    {
      name: 'rtdetr-l-baseline',
      baselineModel: 'rtdetr-l',
      description: 'Transformer detector baseline, COCO-pretrained.',
      meanAp: 0.8,
      trainingSlices: ['train-day'],
      validationSlices: ['val-day'],
      trainedDaysAgo: 36,
      classCount: 8,
      epochs: 72,
      lr: 0.0001,
      batchSize: 16,
      imgsz: 640,
      experimentGroup: 'baselines',
      notes: 'Slow to converge, strong on small objects.',
      createdBy: JONAS,
    },
    {
      name: 'yolov8m-day-night',
      baselineModel: 'yolov8m',
      description: 'Medium model trained on day and night frames together.',
      meanAp: 0.78,
      trainingSlices: ['train-day', 'train-night'],
      validationSlices: ['val-day', 'val-night'],
      trainedDaysAgo: 29,
      epochs: 150,
      lr: 0.01,
      batchSize: 32,
      imgsz: 640,
      experimentGroup: 'night-robustness',
      notes: 'Night recall up 9 points over yolov8s-baseline.',
      createdBy: PRIYA,
    },
    {
      name: 'yolov8s-mosaic-1280',
      baselineModel: 'yolov8s',
      description: 'High-resolution input with heavier mosaic augmentation.',
      meanAp: 0.85,
      trainingSlices: ['train-day', 'train-night'],
      validationSlices: ['val-day', 'val-night'],
      trainedDaysAgo: 22,
      epochs: 200,
      lr: 0.008,
      batchSize: 16,
      imgsz: 1280,
      experimentGroup: 'resolution',
      notes: '2.3x slower inference than 640; worth it for traffic lights.',
      createdBy: PRIYA,
    },
    {
      name: 'rtdetr-l-long-schedule',
      baselineModel: 'rtdetr-l',
      description: 'RT-DETR with a 3x schedule and EMA; current production candidate.',
      meanAp: 0.92,
      trainingSlices: ['train-day', 'train-night'],
      validationSlices: ['val-day', 'val-night'],
      trainedDaysAgo: 15,
      pinned: true,
      withContent: true,
      epochs: 216,
      lr: 0.0001,
      batchSize: 16,
      imgsz: 800,
      experimentGroup: 'production',
      notes: 'Approved for the March rollout after the shadow test.',
      createdBy: JONAS,
    },
    {
      name: 'yolov8x-distill-teacher',
      baselineModel: 'yolov8x',
      description: 'Extra-large teacher for distilling into the edge models.',
      meanAp: 0.91,
      trainingSlices: ['train-day', 'train-night'],
      validationSlices: ['val-day', 'val-night'],
      trainedDaysAgo: 8,
      withContent: true,
      epochs: 300,
      lr: 0.01,
      batchSize: 8,
      imgsz: 1024,
      experimentGroup: 'distillation',
      notes: 'Teacher only; too slow for the cameras.',
      createdBy: MINA,
    },
    {
      name: 'yolov8n-edge-int8',
      baselineModel: 'yolov8n',
      description: 'Nano model quantised to INT8 for the roadside units.',
      meanAp: 0.57,
      trainingSlices: ['train-day', 'train-night'],
      validationSlices: ['val-night'],
      trainedDaysAgo: 3,
      withContent: true,
      classCount: 6,
      epochs: 120,
      lr: 0.005,
      batchSize: 64,
      imgsz: 512,
      experimentGroup: 'distillation',
      notes: 'Quantisation costs 6 points; try QAT next.',
      createdBy: PRIYA,
    },
    {
      name: 'rtdetr-x-sweep-03',
      baselineModel: 'rtdetr-x',
      description: 'Learning-rate sweep, run 3 of 5; queued on the GPU pool.',
      meanAp: null,
      trainingSlices: ['train-day', 'train-night'],
      validationSlices: ['val-day', 'val-night'],
      epochs: 120,
      lr: 0.0002,
      batchSize: 8,
      imgsz: 800,
      experimentGroup: 'lr-sweep',
      notes: 'Waiting for an A100 slot.',
      createdBy: JONAS,
    },
  ],
  trainingRuns: [
    {
      name: 'rtdetr-l-night-finetune',
      description: 'Night fine-tune of the production RT-DETR, recorded by the training pipeline with its full report.',
      taskType: 'OBJECT_DETECTION',
      status: 'COMPLETED',
      customDagId: 'detection-train-v2',
      trainSlice: 'train-night',
      validationSlice: 'val-night',
      scoreKey: 'mAP',
      scoreUnit: '%',
      scoreValue: 83.7,
      trainingParameters: {
        epochs: 80,
        batch_size: 16,
        learning_rate: 0.0001,
        optimizer: 'AdamW',
        image_size: 800,
        augmentation: { mosaic: 0.5, hsv_v: 0.6, low_light_gamma: [0.4, 0.8] },
        init_from: 'rtdetr-l-long-schedule',
      },
      classes: ['car', 'truck', 'bus', 'person', 'bicycle', 'motorcycle', 'traffic light', 'stop sign'],
      annotationType: 'box',
      createdDaysAgo: 13,
      trainingHours: 21,
      createdBy: JONAS,
    },
    {
      name: 'yolov9c-all-weather',
      description: 'YOLOv9-C on day and night frames with rain and fog augmentation; still training.',
      taskType: 'OBJECT_DETECTION',
      status: 'IN_PROGRESS',
      customDagId: 'detection-train-v2',
      trainSlice: 'train-day',
      validationSlice: 'val-day',
      scoreKey: 'mAP',
      scoreUnit: '%',
      scoreValue: 71.2,
      trainingParameters: {
        epochs: 300,
        batch_size: 32,
        learning_rate: 0.01,
        optimizer: 'SGD',
        image_size: 960,
        augmentation: { rain: 0.3, fog: 0.2, mosaic: 1.0 },
      },
      annotationType: 'box',
      createdDaysAgo: 11,
      trainingHours: 230,
      createdBy: PRIYA,
    },
    {
      name: 'yolov8m-seg-road-markings',
      description: 'Segmentation of vehicles for lane occupancy; stopped by the pipeline.',
      taskType: 'INSTANCE_SEGMENTATION',
      status: 'FAILED',
      customDagId: 'segmentation-train-v1',
      trainSlice: 'train-day',
      validationSlice: 'val-day',
      scoreKey: 'mask mAP',
      scoreUnit: '%',
      scoreValue: null,
      trainingParameters: {
        epochs: 120,
        batch_size: 32,
        learning_rate: 0.01,
        image_size: 1280,
        failure: 'CUDA out of memory at epoch 12 (batch 32 at 1280 px)',
      },
      classes: ['car', 'truck', 'bus', 'person', 'bicycle', 'motorcycle'],
      annotationType: 'polygon',
      createdDaysAgo: 18,
      trainingHours: 3,
      createdBy: MINA,
    },
  ],
};

const RETAIL: DemoDataset = {
  name: 'Retail shelves',
  description: 'Shelf photos from 40 grocery stores, taken by handheld scanners.',
  slices: [
    { name: 'train-stores-a', description: 'Stores 1–25, all aisles', dataCount: 8_240 },
    { name: 'train-stores-b', description: 'Stores 26–34, beverages and snacks', dataCount: 3_920 },
    { name: 'val-stores', description: 'Stores 35–40, held out', dataCount: 1_460 },
  ],
  classes: [
    { name: 'bottle', density: 14.2, difficulty: 0.08 },
    { name: 'can', density: 9.5, difficulty: 0.06 },
    { name: 'box', density: 7.8, difficulty: 0.03 },
    { name: 'jar', density: 3.1, difficulty: -0.02 },
    { name: 'bag', density: 4.4, difficulty: -0.07 },
    { name: 'carton', density: 2.6, difficulty: 0.01 },
    { name: 'pouch', density: 1.7, difficulty: -0.1 },
    { name: 'price tag', density: 11.3, difficulty: -0.05 },
    { name: 'shelf gap', density: 1.2, difficulty: -0.14 },
  ],
  models: [
    {
      name: 'faster-rcnn-r50-fpn',
      baselineModel: 'resnet50',
      description: 'Two-stage detector on a ResNet-50 FPN backbone; the original in-house model.',
      meanAp: 0.69,
      trainingSlices: ['train-stores-a'],
      validationSlices: ['val-stores'],
      trainedDaysAgo: 44,
      withContent: true,
      classCount: 7,
      epochs: 36,
      lr: 0.02,
      batchSize: 8,
      imgsz: 1024,
      experimentGroup: 'baselines',
      notes: 'Kept for regression comparisons only.',
      createdBy: JONAS,
    },
    {
      name: 'yolov8s-shelf-v1',
      baselineModel: 'yolov8s',
      description: 'First YOLO model on shelf photos.',
      meanAp: 0.72,
      trainingSlices: ['train-stores-a'],
      validationSlices: ['val-stores'],
      trainedDaysAgo: 33,
      epochs: 100,
      lr: 0.01,
      batchSize: 32,
      imgsz: 640,
      experimentGroup: 'shelf-yolo',
      notes: 'Dense shelves saturate the default max detections.',
      createdBy: MINA,
    },
    {
      name: 'yolov8s-shelf-v2-hires',
      baselineModel: 'yolov8s',
      description: 'v1 at 1280 px with max_det raised to 1000.',
      meanAp: 0.8,
      trainingSlices: ['train-stores-a', 'train-stores-b'],
      validationSlices: ['val-stores'],
      trainedDaysAgo: 24,
      epochs: 150,
      lr: 0.01,
      batchSize: 16,
      imgsz: 1280,
      experimentGroup: 'shelf-yolo',
      notes: 'Price tags improved the most.',
      createdBy: MINA,
    },
    {
      name: 'yolov8m-shelf-v3',
      baselineModel: 'yolov8m',
      description: 'Medium model with copy-paste augmentation; deployed to the scanner app.',
      meanAp: 0.87,
      trainingSlices: ['train-stores-a', 'train-stores-b'],
      validationSlices: ['val-stores'],
      trainedDaysAgo: 12,
      pinned: true,
      withContent: true,
      epochs: 200,
      lr: 0.008,
      batchSize: 16,
      imgsz: 1280,
      experimentGroup: 'production',
      notes: 'In production since v4.2 of the scanner app.',
      createdBy: PRIYA,
    },
    {
      name: 'yolov8s-seg-packaging',
      baselineModel: 'yolov8s-seg',
      description: 'Instance segmentation of packaging outlines for planogram checks.',
      meanAp: 0.66,
      trainingSlices: ['train-stores-a'],
      validationSlices: ['val-stores'],
      trainedDaysAgo: 10,
      annotationType: 'polygon',
      classCount: 6,
      epochs: 120,
      lr: 0.01,
      batchSize: 16,
      imgsz: 1024,
      experimentGroup: 'segmentation',
      notes: 'Polygon labels only exist for six classes so far.',
      createdBy: JONAS,
    },
    {
      name: 'rtdetr-l-shelf',
      baselineModel: 'rtdetr-l',
      description: 'RT-DETR on all training stores with a long schedule.',
      meanAp: 0.93,
      trainingSlices: ['train-stores-a', 'train-stores-b'],
      validationSlices: ['val-stores'],
      trainedDaysAgo: 5,
      withContent: true,
      epochs: 144,
      lr: 0.0001,
      batchSize: 8,
      imgsz: 1280,
      experimentGroup: 'shelf-detr',
      notes: 'Best so far; latency on the scanners still to be measured.',
      createdBy: PRIYA,
    },
    {
      name: 'yolov8n-mobile-preview',
      baselineModel: 'yolov8n',
      description: 'On-device preview model for the scanner viewfinder.',
      meanAp: null,
      trainingSlices: ['train-stores-a', 'train-stores-b'],
      validationSlices: ['val-stores'],
      classCount: 6,
      epochs: 150,
      lr: 0.01,
      batchSize: 64,
      imgsz: 640,
      experimentGroup: 'mobile',
      notes: 'Training starts after the v3 labels are frozen.',
      createdBy: MINA,
    },
  ],
  trainingRuns: [
    {
      name: 'rtdetr-x-shelf-report',
      description: 'RT-DETR-X on every training store, recorded by the training pipeline with its full report.',
      taskType: 'OBJECT_DETECTION',
      status: 'COMPLETED',
      customDagId: 'detection-train-v2',
      trainSlice: 'train-stores-a',
      validationSlice: 'val-stores',
      scoreKey: 'mAP',
      scoreUnit: '%',
      scoreValue: 90.4,
      trainingParameters: {
        epochs: 120,
        batch_size: 8,
        learning_rate: 0.0001,
        optimizer: 'AdamW',
        image_size: 1280,
        max_detections: 1000,
        augmentation: { copy_paste: 0.3, mosaic: 1.0 },
      },
      annotationType: 'box',
      createdDaysAgo: 4,
      trainingHours: 30,
      createdBy: PRIYA,
    },
    {
      name: 'price-tag-ocr-v1',
      description: 'Reads prices off shelf tags; queued until the OCR labels are reviewed.',
      taskType: 'OCR',
      status: 'PENDING',
      customDagId: 'ocr-train-v1',
      trainSlice: 'train-stores-b',
      validationSlice: 'val-stores',
      scoreKey: 'character accuracy',
      scoreUnit: '%',
      scoreValue: null,
      trainingParameters: { epochs: 60, batch_size: 64, learning_rate: 0.0005, max_text_length: 16 },
      classes: ['price tag'],
      annotationType: 'box',
      createdDaysAgo: 2,
      createdBy: MINA,
    },
  ],
};

export const DEMO_DATASETS: readonly DemoDataset[] = [TRAFFIC, RETAIL];
