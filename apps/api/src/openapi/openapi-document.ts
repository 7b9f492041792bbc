import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';
import { ErrorBodyView } from '../common/error-body.view';

/** Every route lives under this prefix; the document's paths include it. */
export const API_PREFIX = 'api';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const ERROR_BODY_REF = { $ref: `#/components/schemas/${ErrorBodyView.name}` };

/**
 * The OpenAPI document of an app whose routes are registered (the running app, or a preview one).
 * Every 4xx/5xx answer without a schema of its own gets the shared error body, so each route's
 * decorators need only describe when it happens.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Ladder API')
      .setDescription('Competency assessment and CPD portfolio for the UK social prescribing workforce.')
      .setVersion('0.1.0')
      .build(),
    { extraModels: [ErrorBodyView] },
  );
  for (const path of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      for (const [status, response] of Object.entries(path[method]?.responses ?? {})) {
        if (Number(status) < 400 || response === undefined || '$ref' in response || response.content) continue;
        response.content = { 'application/json': { schema: ERROR_BODY_REF } };
      }
    }
  }
  return document;
}

/**
 * The document without a database: Nest's preview mode registers modules and routes but creates
 * no provider, so nothing connects. `npm run generate:api` and the contract test use it.
 */
export async function createPreviewOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(
    AppModule.forRoot('postgres://preview@127.0.0.1:1/unused', loadConfig({}), {
      demoMode: false,
      secureCookies: false,
    }),
    { preview: true, logger: false, abortOnError: false },
  );
  app.setGlobalPrefix(API_PREFIX);
  try {
    return createOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
