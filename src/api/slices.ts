import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { graphql } from './gql';
import type { CreateSliceMutationVariables, SliceFieldsFragment } from './gql/graphql';
import { walkPages } from './paging';

export type Slice = SliceFieldsFragment;

const SlicesListDoc = graphql(`
  query SlicesList($datasetId: String!, $cursor: String, $length: Int) {
    slices(datasetId: $datasetId, cursor: $cursor, length: $length) {
      slices {
        ...SliceFields
      }
      next
      totalCount
    }
  }
`);

const CreateSliceDoc = graphql(`
  mutation CreateSlice($datasetId: String!, $name: String!, $description: String, $dataCount: Int) {
    createSlice(datasetId: $datasetId, name: $name, description: $description, dataCount: $dataCount) {
      ...SliceFields
    }
  }
`);

export const sliceKeys = {
  all: ['slices'] as const,
  list: (datasetId: string) => [...sliceKeys.all, datasetId, 'list'] as const,
};

const fetchAllSlices = (datasetId: string, signal: AbortSignal) =>
  walkPages(
    (cursor) =>
      request(SlicesListDoc, { datasetId, cursor, length: 50 }, signal).then(({ slices }) => ({
        items: slices.slices,
        next: slices.next,
      })),
    signal,
  );

export const sliceQueries = {
  list: (datasetId: string) =>
    queryOptions({ queryKey: sliceKeys.list(datasetId), queryFn: ({ signal }) => fetchAllSlices(datasetId, signal) }),
};

export function useCreateSlice({ meta }: { meta?: { handlesErrors?: boolean } } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    meta,
    mutationFn: (variables: CreateSliceMutationVariables) =>
      request(CreateSliceDoc, variables).then((d) => d.createSlice),
    onSettled: (_slice, _error, { datasetId }) =>
      queryClient.invalidateQueries({ queryKey: sliceKeys.list(datasetId) }),
  });
}
