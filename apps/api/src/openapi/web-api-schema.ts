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
  return format(`${HEADER}${astToString(ast)}\n${renderSchemaLimits(document)}`, {
    ...prettierConfig,
    filepath: WEB_API_SCHEMA_PATH,
  });
}

const LIMIT_KEYWORDS = ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'] as const;

/**
 * openapi-typescript keeps types only; the limits the API validates (text lengths, score ranges,
 * list sizes) are emitted beside them as data, so the web's forms quote the API's own numbers.
 */
function renderSchemaLimits(document: OpenAPIObject): string {
  const limits: Record<string, Record<string, Record<string, number>>> = {};
  for (const [schemaName, schema] of Object.entries(document.components?.schemas ?? {})) {
    if (!('properties' in schema)) continue;
    for (const [property, definition] of Object.entries(schema.properties ?? {})) {
      for (const keyword of LIMIT_KEYWORDS) {
        const value = (definition as Partial<Record<(typeof LIMIT_KEYWORDS)[number], unknown>>)[keyword];
        if (typeof value !== 'number') continue;
        ((limits[schemaName] ??= {})[property] ??= {})[keyword] = value;
      }
    }
  }
  return `/** The limits each schema's properties are validated against (from the document's keywords). */
export const schemaLimits = ${JSON.stringify(limits)} as const;
`;
}

/** The schema file as the API's current decorators would have it; needs no database. */
export async function generateWebApiSchema(): Promise<string> {
  return renderWebApiSchema(await createPreviewOpenApiDocument());
}
