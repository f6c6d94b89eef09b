/** Why a fetch was refused or failed; every one is the caller's URL's doing, so each maps to BAD_USER_INPUT. */
export type FetchFailure =
  | 'BAD_URL'
  | 'PRIVATE_ADDRESS'
  | 'TOO_MANY_REDIRECTS'
  | 'HTTP_STATUS'
  | 'CONTENT_TYPE'
  | 'TOO_LARGE'
  | 'TIMEOUT'
  | 'NETWORK';

/** A fetch that did not yield a page; the message is safe to show the client. */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly reason: FetchFailure,
    message: string,
  ) {
    super(message);
  }
}
