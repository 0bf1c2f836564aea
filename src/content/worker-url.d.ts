/** vite's `?worker&url` import: the URL (path from the extension root) of a self-contained worker bundle. */
declare module '*?worker&url' {
  const url: string;
  export default url;
}
