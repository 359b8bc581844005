/** The search index's collection (collections/SearchDocuments.ts). */
export const SEARCH_DOCUMENTS_SLUG = 'search-documents'
