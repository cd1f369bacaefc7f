/** Name of the httpOnly cookie that holds the secret key of the draft in this browser. */
export const CONCEPT_COOKIE = "sb-initiatief-concept";
