import { getJson, patchJson, postJson, putJson } from '../http';
import type { paths } from './schema.gen';

/*
 * The API as the generated contract describes it: each call names a path of the OpenAPI
 * document, and its parameters, body and answer are that operation's types, so a fetcher cannot
 * ask for one route and claim another's answer. The requests themselves go through lib/http
 * (same origin, cookies, the CSRF header and its one retry, ApiError with the server's message).
 */

type Method = 'get' | 'post' | 'put' | 'patch';

/** The document's paths that have an operation for `method`. */
export type ApiPath<M extends Method> = {
  [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never;
}[keyof paths];

type Operation<P extends keyof paths, M extends Method> = paths[P] extends { [K in M]: infer O } ? O : never;

type SuccessStatus = 200 | 201 | 202 | 204;
type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : undefined;
type Responses<O> = O extends { responses: infer R } ? R : never;

/** What the operation answers on success (undefined for a 204). */
export type ApiAnswer<P extends keyof paths, M extends Method> = JsonOf<
  Responses<Operation<P, M>>[Extract<keyof Responses<Operation<P, M>>, SuccessStatus>]
>;

/** The operation's JSON request body. */
export type ApiBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody: { content: { 'application/json': infer Body } } }
    ? Body
    : Operation<P, M> extends { requestBody?: { content: { 'application/json': infer Body } } }
      ? Body | undefined
      : undefined;

type PathParams<O> = O extends { parameters: { path: infer T } } ? T : never;
type QueryParams<O> = O extends { parameters: { query: infer T } } ? T : never;

/** Path parameters where the path has them, query parameters where the operation takes them. */
export type ApiParams<P extends keyof paths, M extends Method> = ([PathParams<Operation<P, M>>] extends [never]
  ? { path?: undefined }
  : { path: PathParams<Operation<P, M>> }) &
  ([QueryParams<Operation<P, M>>] extends [never] ? { query?: undefined } : { query: QueryParams<Operation<P, M>> });

type ParamValues = Readonly<Record<string, string | number | boolean | undefined>>;

/** The address: `{name}` segments filled in (each encoded), then the query parameters given. */
export function apiUrl(path: string, params: { path?: ParamValues; query?: ParamValues } = {}): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params.path?.[name];
    if (value === undefined) throw new Error(`${path}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
  const query = Object.entries(params.query ?? {}).flatMap(([name, value]) =>
    value === undefined ? [] : [`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`],
  );
  return query.length > 0 ? `${filled}?${query.join('&')}` : filled;
}

/** GETs an operation's answer. */
export function apiGet<P extends ApiPath<'get'>>(
  path: P,
  params: ApiParams<P, 'get'> & { signal?: AbortSignal },
): Promise<ApiAnswer<P, 'get'>> {
  return getJson<ApiAnswer<P, 'get'>>(
    apiUrl(path, params as { path?: ParamValues; query?: ParamValues }),
    params.signal,
  );
}

const SENDERS = { post: postJson, put: putJson, patch: patchJson } as const;

/** POSTs, PUTs or PATCHes an operation's body (with the CSRF header) and resolves to its answer. */
export function apiSend<M extends 'post' | 'put' | 'patch', P extends ApiPath<M>>(
  method: M,
  path: P,
  params: ApiParams<P, M>,
  body: ApiBody<P, M>,
): Promise<ApiAnswer<P, M>> {
  const send: (url: string, payload?: unknown) => Promise<ApiAnswer<P, M>> = SENDERS[method];
  return send(apiUrl(path, params as { path?: ParamValues; query?: ParamValues }), body);
}
