/** An editor's name and bearer token, from `EDITOR_TOKENS="name:token,…"`. */
export interface EditorToken {
  name: string;
  token: string;
}

/** The editor a request acts for with the admin token. */
export const ADMIN_EDITOR = 'admin';

/**
 * Parses `EDITOR_TOKENS` ("alice:s3cret,bob:t0ken"). Entries without a name or a token are ignored,
 * as is the name `admin`, which belongs to the admin token.
 */
export function parseEditorTokens(value: string | undefined): EditorToken[] {
  if (!value) return [];
  return value.split(',').flatMap((entry) => {
    const at = entry.indexOf(':');
    const name = entry.slice(0, at).trim();
    const token = entry.slice(at + 1).trim();
    return at > 0 && name && token && name !== ADMIN_EDITOR ? [{ name, token }] : [];
  });
}
