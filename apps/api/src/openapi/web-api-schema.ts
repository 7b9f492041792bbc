import type { OpenAPIObject } from '@nestjs/swagger';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { createPreviewOpenApiDocument } from './openapi-document';
import { REGENERATE_COMMAND, WEB_API_SCHEMA_PATH } from './web-api-schema-path';

export { WEB_API_SCHEMA_PATH } from './web-api-schema-path';

const HEADER = `/*
 * GENERATED FILE — do not edit. The web app's API types, generated from the API's OpenAPI
 * document (the controllers' and DTOs' decorators) by openapi-typescript.
 * Regenerate with \`${REGENERATE_COMMAND}\`; a test fails while this file is stale.
 */
`;

/**
 * The web's schema file as text: openapi-typescript's types (with each enumeration also as a
 * runtime array, so the web copies no enumeration by hand), formatted with the repository's
 * prettier settings so the committed file is byte-stable.
 */
export async function renderWebApiSchema(document: OpenAPIObject): Promise<string> {
  const ast = await openapiTS(document as unknown as OpenAPI3, {
    alphabetize: true,
    enumValues: true,
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
  });
  const prettierConfig = (await resolveConfig(WEB_API_SCHEMA_PATH)) ?? {};
  return format(`${HEADER}${astToString(ast)}`, { ...prettierConfig, filepath: WEB_API_SCHEMA_PATH });
}

/** The schema file as the API's current decorators would have it; needs no database. */
export async function generateWebApiSchema(): Promise<string> {
  return renderWebApiSchema(await createPreviewOpenApiDocument());
}
