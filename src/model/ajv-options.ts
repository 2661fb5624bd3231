/** One set of ajv options, for the schemas compiled at build time and at run time alike. */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
  verbose: true,
  // Annotations for editors (yaml-language-server shows `errorMessage` instead of its own message, and
  // `markdownDescription` on hover); declared so that ajv stays strict and ignores them. The CLI words its own.
  keywords: ['errorMessage', 'markdownDescription'],
};
