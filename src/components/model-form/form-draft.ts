import { emptyModelForm, type ModelFormValues } from './model-form-schema';

// Unsaved form input is kept in localStorage, so a failed save, a reload or a closed tab loses nothing
// (README "When the server is away"). One draft per form: a dataset's new model, or one model's edit.
const PREFIX = 'model-catalog:draft:';

export interface FormDraft {
  savedAt: string;
  values: ModelFormValues;
}

/** The storage key of the create form of a dataset (`modelId` absent) or of one model's edit form. */
export const draftKey = (datasetId: string, modelId?: string) => `${PREFIX}${datasetId}:${modelId ?? 'new'}`;

const kind = (value: unknown) => (Array.isArray(value) ? 'array' : typeof value);

/** Every field of the form, each of the type the form holds (a draft from an older form is dropped). */
function isFormValues(value: unknown): value is ModelFormValues {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return Object.entries(emptyModelForm()).every(([field, empty]) => kind(record[field]) === kind(empty));
}

export function readDraft(key: string): FormDraft | null {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<FormDraft> | null;
    // A draft from before the form had a field (the newer API's) gets that field empty.
    const values: unknown =
      stored?.values && typeof stored.values === 'object' ? { ...emptyModelForm(), ...stored.values } : null;
    if (stored && typeof stored.savedAt === 'string' && isFormValues(values)) {
      return { savedAt: stored.savedAt, values };
    }
  } catch {
    // unreadable: treated as no draft
  }
  return null;
}

export function writeDraft(key: string, values: ModelFormValues) {
  try {
    localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), values } satisfies FormDraft));
  } catch {
    // storage full or disabled: the form still holds the input
  }
}

export function clearDraft(key: string) {
  try {
    localStorage.removeItem(key);
  } catch {
    // storage disabled: nothing was kept
  }
}
