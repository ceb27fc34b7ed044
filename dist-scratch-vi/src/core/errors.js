/** An expected failure: its message is written for the person who sees it, never a stack trace. */
export class DossierError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
        this.name = 'DossierError';
    }
}
export const isDossierError = (error) => error instanceof DossierError;
