import { EmptyState } from '../components/status';

export function ModelPage() {
  return <EmptyState title="Model">This page is being built.</EmptyState>;
}
