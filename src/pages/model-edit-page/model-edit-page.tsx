import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import type { ModelDetail } from '../../api/models';
import { useUpdateModel } from '../../api/models.mutations';
import { modelQueries } from '../../api/models.queries';
import { draftKey } from '../../components/model-form/form-draft';
import { PageTitle } from '../../components/page-title';
import { toast } from '../../components/toast';
import { FormPageHeader } from '../../components/model-form/form-page-header';
import { ModelForm } from '../../components/model-form/model-form';
import { toFormValues, toUpdateVariables } from '../../components/model-form/model-form-schema';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/status';

/** `/datasets/:datasetId/models/:modelId/edit`: record results after training, or fix details. */
export function ModelEditPage() {
  const { datasetId = '', modelId = '' } = useParams();
  const model = useQuery(modelQueries.detail(datasetId, modelId));
  const modelsPath = `/datasets/${encodeURIComponent(datasetId)}/models`;

  if (model.isPending) return <PageSkeleton rows={10} />;
  // A failed refetch (e.g. after a failed save, with the server away) keeps the form and what was typed.
  if (model.isError && !model.data && !(model.error instanceof ApiError && model.error.code === 'NOT_FOUND')) {
    return <ErrorState error={model.error} onRetry={() => void model.refetch()} />;
  }
  if (!model.data) {
    return (
      <EmptyState title="Model not found">
        <p>
          There is no model <code>{modelId}</code> in this dataset. It may have been deleted.
        </p>
        <Link to={modelsPath}>Back to models</Link>
      </EmptyState>
    );
  }
  return <EditModel key={model.data.id} model={model.data} modelsPath={modelsPath} />;
}

function EditModel({ model, modelsPath }: { model: ModelDetail; modelsPath: string }) {
  const updateModel = useUpdateModel({ meta: { handlesErrors: true } });
  const detailPath = `${modelsPath}/${encodeURIComponent(model.id)}`;
  return (
    <>
      <PageTitle page={`Edit ${model.name}`} datasetId={model.datasetId} />
      <FormPageHeader
        crumbs={[
          { to: modelsPath, label: 'Models' },
          { to: detailPath, label: model.name },
        ]}
        title="Edit model"
        description="Record training results or update the details. Only the fields you change are saved."
      />
      <ModelForm
        mode="edit"
        datasetId={model.datasetId}
        defaultValues={toFormValues(model)}
        fixed={model}
        draftKey={draftKey(model.datasetId, model.id)}
        cancelTo={detailPath}
        onSubmit={async (values, changed) => {
          if (changed.length > 0) {
            await updateModel.mutateAsync(toUpdateVariables(model.datasetId, model.id, values, changed, model));
          }
          toast.success('Saved');
          return detailPath;
        }}
      />
    </>
  );
}
