// Which documents the dashboard sends about models (README "API generations" and "Dashboard for a Superb AI host
// (proxy)"): the one place that reads the server's capabilities for it. The local catalog and a hybrid host take
// both generations' fields in one document; a host of one generation gets only its own documents, mapped into
// the dashboard's model shapes (./models.first-generation, ./models.newer). Either leaves out the newer API's
// fields the host lacks (./host-fields).
import type { QueryClient } from '@tanstack/react-query';
import { capabilitiesQueryOptions } from './capabilities';
import { lackedFields, type LackedField } from './host-fields';
import type { Capabilities } from './schemas';

export type ModelDocuments = 'both' | 'first' | 'newer';

export function modelDocumentsFor({ firstGeneration, newerGeneration }: Capabilities): ModelDocuments {
  if (firstGeneration && newerGeneration) return 'both';
  // A host the proxy could not recognise gets the first generation's documents; their errors then say why.
  return newerGeneration ? 'newer' : 'first';
}

/**
 * The documents for the server behind the dashboard, and the fields they leave out (its capabilities are cached;
 * asked again once stale).
 */
export async function modelDocuments(
  client: QueryClient,
): Promise<{ generation: ModelDocuments; lacking: readonly LackedField[] }> {
  const capabilities = await client.fetchQuery(capabilitiesQueryOptions());
  return { generation: modelDocumentsFor(capabilities), lacking: lackedFields(capabilities) };
}
