import { badInput } from '../errors.js';

const nodeTypes = new Set(['Article', 'Person', 'Organisation', 'Quote', 'Feed', 'Claim', 'Figure', 'Correction']);

function toBase64Url(text: string): string {
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    return atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
}

/** Global IDs are opaque to clients: base64url of `Type:id`. */
export function encodeId(typename: string, id: string | number | bigint): string {
  return toBase64Url(`${typename}:${id}`);
}

export function decodeId(globalId: string): { typename: string; id: string } {
  const decoded = fromBase64Url(globalId);
  const match = decoded ? /^([A-Za-z]+):([1-9][0-9]{0,15})$/.exec(decoded) : null;
  if (!match || !nodeTypes.has(match[1])) {
    throw badInput(`Invalid ID: ${JSON.stringify(globalId.slice(0, 100))}`);
  }
  return { typename: match[1], id: match[2] };
}

/** The numeric row id of a global ID that must be of the given type. */
export function rowIdOf(globalId: string, typename: string): number {
  const decoded = decodeId(globalId);
  if (decoded.typename !== typename) {
    throw badInput(`Expected an ID of a ${typename}, got one of a ${decoded.typename}`);
  }
  return Number(decoded.id);
}
