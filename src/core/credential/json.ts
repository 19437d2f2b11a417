/** A JSON object as credentials are handled before and after signing. */
export type JsonObject = { [key: string]: unknown }
