/** Addresses of the framework browser's pages. Item ids contain `:` and `.`, so every segment is encoded. */
export const FRAMEWORKS_PATH = '/frameworks';

export function versionPath(key: string, version: string): string {
  return `${FRAMEWORKS_PATH}/${encodeURIComponent(key)}/${encodeURIComponent(version)}`;
}

export function itemPath(key: string, version: string, itemId: string): string {
  return `${versionPath(key, version)}/items/${encodeURIComponent(itemId)}`;
}
