/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'cytoscape-fcose' {
  const extension: cytoscape.Ext;
  export default extension;
}
