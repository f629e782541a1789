import { EmptyState } from '../components/status';

export function ModelEditPage() {
  return <EmptyState title="Edit model">This page is being built.</EmptyState>;
}
