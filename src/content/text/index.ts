/** Article text + offset map: DOM in, analyzer text out, analyzer offsets back to DOM Ranges. */
export type { ArticleText, ExtractOptions, PageMeta, TextSegment } from './types';
export { readPageMeta } from './page-meta';
export { extractArticle, extractArticleSliced, type SlicedExtractOptions } from './extract';
export { rangesFor, textOffsetAt } from './ranges';
