// @mixmark-io/domino ships a declaration of the module 'domino' under its own name: this is the one we use.
declare module '@mixmark-io/domino' {
  const domino: { createDocument(html?: string, force?: boolean): Document };
  export default domino;
}
