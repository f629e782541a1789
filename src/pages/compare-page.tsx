import { EmptyState } from '../components/status';

export function ComparePage() {
  return <EmptyState title="Compare models">This page is being built.</EmptyState>;
}
