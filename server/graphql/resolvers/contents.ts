// Content operations (README "Content files", newer-api.md §4.3): contents are created here and their
// files move through signed URLs on this server (server/contents/), which these mutations issue.
import * as z from 'zod';
import { notFound, parseInput } from '../errors';
import type { MutationResolvers } from '../generated/resolvers';
import type { Db } from '../../storage/db';
import { createContent, FOLDER_CONTENT_TYPE, getContent, OWN_FILE } from '../../storage/contents.repo';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .max(max, `${label} must be at most ${max} characters`)
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), `${label} must not contain control characters`);

const fileNameSchema = text('File name', 255)
  .refine((name) => name.trim() !== '', 'File name must not be empty')
  .refine((name) => name !== '.' && name !== '..', 'File name must name a file');

const createContentSchema = z.object({
  key: text('Key', 1_000).nullish(),
  contentType: text('Content type', 255).nullish(),
});

async function existingContent(db: Db, id: string) {
  const content = await getContent(db, id);
  if (!content) throw notFound(`No content ${id}`, 'contentId');
  return content;
}

export const contentMutations: Pick<
  MutationResolvers,
  | 'createFolderContent'
  | 'createContent'
  | 'generateFileUploadURL'
  | 'generateFileDownloadURL'
  | 'generateContentDownloadURL'
> = {
  createFolderContent: (_, __, { storage, caller }) =>
    createContent(storage.db, { key: null, contentType: FOLDER_CONTENT_TYPE }, caller),
  createContent: async (_, args, { storage, caller, contentUrls, origin }) => {
    const input = parseInput(createContentSchema, args);
    const content = await createContent(
      storage.db,
      { key: input.key ?? null, contentType: input.contentType ?? null },
      caller,
    );
    return { content, uploadURL: contentUrls.upload(origin, { contentId: content.id, fileName: OWN_FILE }) };
  },
  generateFileUploadURL: async (_, args, { storage, contentUrls, origin }) => {
    const fileName = parseInput(fileNameSchema, args.fileName, 'fileName');
    await existingContent(storage.db, args.contentId);
    return contentUrls.upload(origin, { contentId: args.contentId, fileName });
  },
  generateFileDownloadURL: async (_, args, { storage, contentUrls, origin }) => {
    const fileName = parseInput(fileNameSchema, args.fileName, 'fileName');
    await existingContent(storage.db, args.contentId);
    return contentUrls.download(origin, { contentId: args.contentId, fileName });
  },
  generateContentDownloadURL: async (_, args, { storage, contentUrls, origin }) => {
    await existingContent(storage.db, args.id);
    return contentUrls.download(origin, { contentId: args.id, fileName: OWN_FILE });
  },
};
