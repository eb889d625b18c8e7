/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'cytoscape-fcose' {
  const extension: cytoscape.Ext;
  export default extension;
}

declare module 'cytoscape-svg' {
  const extension: cytoscape.Ext;
  export default extension;
}
