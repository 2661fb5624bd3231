/** The languages servicebook speaks, and a text in each of them: shared by every layer. */
export type Lang = 'en' | 'ko';
export type Message = Record<Lang, string>;
