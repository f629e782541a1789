import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { MAX_PAGE_LENGTH } from '../../api/models';
import { useCreateModel, useUpdateModel } from '../../api/models.mutations';
import { modelQueries } from '../../api/models.queries';
import { sliceQueries, useCreateSlice } from '../../api/slices';
import { draftKey } from '../../components/model-form/form-draft';
import { PageTitle } from '../../components/page-title';
import { toast } from '../../components/toast';
import { FormPageHeader } from '../../components/model-form/form-page-header';
import { ModelForm } from '../../components/model-form/model-form';
import { emptyModelForm, statusAfterCreate, toCreateVariables } from '../../components/model-form/model-form-schema';

const RECENT_MODELS = { filter: null, cursor: null, length: MAX_PAGE_LENGTH };

/** `/datasets/:datasetId/models/new`: register a model before training. */
export function ModelCreatePage() {
  const { datasetId = '' } = useParams();
  const slices = useQuery(sliceQueries.list(datasetId));
  const recent = useQuery(modelQueries.list(datasetId, RECENT_MODELS));
  const createModel = useCreateModel({ meta: { handlesErrors: true } });
  const updateModel = useUpdateModel({ meta: { handlesErrors: true } });
  const createSlice = useCreateSlice({ meta: { handlesErrors: true } });
  const [defaultValues] = useState(emptyModelForm);
  const modelsPath = `/datasets/${encodeURIComponent(datasetId)}/models`;
  // Suggest the baselines this dataset's recent models started from.
  const baselines = useMemo(
    () => [...new Set(recent.data?.models.flatMap((m) => m.baselineModel ?? []))].sort((a, b) => a.localeCompare(b)),
    [recent.data],
  );

  return (
    <>
      <PageTitle page="New model" datasetId={datasetId} />
      <FormPageHeader
        crumbs={[{ to: modelsPath, label: 'Models' }]}
        title="New model"
        description="Register a model before training; come back to record its results once it has trained."
      />
      <ModelForm
        mode="create"
        datasetId={datasetId}
        defaultValues={defaultValues}
        draftKey={draftKey(datasetId)}
        cancelTo={modelsPath}
        sliceOptions={{ slices: slices.data ?? [], status: slices.status, onRetry: () => void slices.refetch() }}
        baselineSuggestions={baselines}
        onCreateSlice={(name) => createSlice.mutateAsync({ datasetId, name })}
        onSubmit={async (values) => {
          const model = await createModel.mutateAsync(toCreateVariables(datasetId, values));
          const status = statusAfterCreate(values);
          // The model exists now: a failed status update is reported, not retried by the form (a retry would create it twice).
          if (status) {
            await updateModel.mutateAsync({ datasetId, id: model.id, status }).catch((error: Error) => {
              toast.error(`Created, but the status could not be set: ${error.message}`);
            });
          }
          toast.success('Created');
          return `${modelsPath}/${encodeURIComponent(model.id)}`;
        }}
      />
    </>
  );
}
