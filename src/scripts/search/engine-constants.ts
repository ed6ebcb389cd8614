/** The URL parameter that carries the searched words to the page a reader opens. */
export const HIGHLIGHT_PARAM = 'markert';
