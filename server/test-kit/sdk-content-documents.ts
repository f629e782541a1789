// The SDK's content documents as it sends them (newer-api.md §4.3; spb_onprem/contents/queries.py, the same
// at v1.3.0 and v1.9.0), for the content file replays. Variables are snake_case; createContent sends only
// the keys given.
export const CONTENT_DOCUMENTS = {
  createContent: `
            mutation CreateContent($key: String, $content_type: String) {
                createContent(key: $key, contentType: $content_type) {
                    content {
                        id
                        key
                        location
                        createdAt
                        createdBy
                    }
                    uploadURL
                }
            }
        `,
  generateFileUploadURL: `
            mutation GenerateFileUploadURL($content_id: ID!, $file_name: String!, $content_type: String) {
                generateFileUploadURL(contentId: $content_id, fileName: $file_name, contentType: $content_type) 
            }
        `,
  generateContentDownloadURL: `
            mutation GenerateContentDownloadURL($id: ID!) {
                generateContentDownloadURL(id: $id) 
            }
        `,
  generateFileDownloadURL: `
            mutation GenerateFileDownloadURL($content_id: ID!, $file_name: String!) {
                generateFileDownloadURL(contentId: $content_id, fileName: $file_name) 
            }
        `,
  createFolderContent: `
            mutation CreateFolderContent {
                createFolderContent {
                    id
                }
            }
        `,
} as const;
