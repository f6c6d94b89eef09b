import { describe, expect, it } from 'vitest';
import { editorOfRequest } from '../../src/app.js';
import { parseEditorTokens } from '../../src/corrections/editors.js';

const request = (token?: string) =>
  new Request('http://localhost/graphql', { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('editor tokens', () => {
  it('reads name:token pairs and ignores entries without both, and the name admin', () => {
    expect(parseEditorTokens(' alice:a-token , bob:b:token,:nameless,carol:,admin:sneaky,dave')).toEqual([
      { name: 'alice', token: 'a-token' },
      { name: 'bob', token: 'b:token' },
    ]);
    expect(parseEditorTokens(undefined)).toEqual([]);
  });

  it('names the editor a bearer token belongs to, admin for the admin token, and nobody otherwise', () => {
    const options = { adminToken: 'the-admin-token', editorTokens: parseEditorTokens('alice:a-token,bob:b-token') };
    expect(editorOfRequest(request('b-token'), options)).toBe('bob');
    expect(editorOfRequest(request('the-admin-token'), options)).toBe('admin');
    expect(editorOfRequest(request('a-token-'), options)).toBeNull();
    expect(editorOfRequest(request('a-toke'), options)).toBeNull();
    expect(editorOfRequest(request(), options)).toBeNull();
    expect(editorOfRequest(request('a-token'), { editorTokens: [] })).toBeNull();
  });
});
