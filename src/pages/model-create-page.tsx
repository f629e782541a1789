import { EmptyState } from '../components/status';

export function ModelCreatePage() {
  return <EmptyState title="New model">This page is being built.</EmptyState>;
}
