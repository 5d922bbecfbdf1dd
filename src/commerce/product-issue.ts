/** A problem with the input, by path (`products[2].variants[0].id`). The product or variant it names was skipped or trimmed. */
export interface ProductIssue {
  readonly path: string;
  readonly message: string;
}
