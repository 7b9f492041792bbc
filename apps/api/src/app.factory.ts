import { INestApplication, LogLevel, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { FrameworkService } from './frameworks/framework.service';
import { PayScaleService } from './pay-scales/pay-scale.service';
import { PolicyService } from './policies/policy.service';
import { AuditService } from './audit/audit.service';
import { DomainErrorFilter } from './common/domain-error.filter';
import { prepareApiLogin } from './database/api-login';
import { refuseDeeplyNestedJson } from './common/json-depth';
import { refuseUnstorableText } from './common/text-safety';
import type { AppConfig } from './config/app-config';
import { API_PREFIX, createOpenApiDocument } from './openapi/openapi-document';

const LOG_LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

export interface CreateAppOptions {
  /** The validated configuration, loaded once by the caller. */
  config: AppConfig;
  /** The server to use, as the schema's owner: `config.databaseUrl`, or the embedded one's. The API itself logs in as `ladder_api`. */
  databaseUrl: string;
  demoMode: boolean;
  /** Folder of the built web app to serve at `/`; omitted in API-only tests. */
  webRoot?: string;
}

/** Builds the Nest application exactly as it runs in production; tests use the same factory. */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(await prepareApiLogin(options.databaseUrl, options.config.secretsKey), options.config, {
      demoMode: options.demoMode,
      secureCookies: options.config.nodeEnv === 'production',
    }),
    {
      logger: LOG_LEVELS[options.config.logLevel],
      bodyParser: false,
    },
  );
  app.disable('x-powered-by');
  app.set('trust proxy', options.config.trustProxy);
  app.use(cookieParser());
  // CASE packages are large (Wales ≈ 1.2 MB); only the platform-admin import route accepts them.
  app.use('/api/frameworks/import', express.json({ limit: '5mb', verify: refuseDeeplyNestedJson }));
  app.use(express.json({ limit: '1mb', verify: refuseDeeplyNestedJson }));
  app.use(express.urlencoded({ extended: false, limit: '100kb' }));
  app.use(refuseUnstorableText);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
        },
      },
    }),
  );
  // API answers hold personal data: no browser or proxy may keep a copy unless a route says otherwise.
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
    }),
  );
  app.useGlobalFilters(new DomainErrorFilter(app.get(AuditService)));

  const document = createOpenApiDocument(app);
  // Swagger UI styles itself inline; relax style-src for the docs page only.
  app.use('/api/docs', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
    );
    next();
  });
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (options.webRoot && existsSync(join(options.webRoot, 'index.html'))) {
    serveWebApp(app, options.webRoot);
  }
  return app;
}

/** Serves the built SPA; any non-API GET falls back to index.html so client routes work on reload. */
function serveWebApp(app: NestExpressApplication, webRoot: string): void {
  app.use(express.static(webRoot, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(webRoot, 'index.html'));
  });
}

/**
 * The published documents Ladder ships with — framework versions, pay years,
 * the default attainment policy — stored if missing. Idempotent; safe from
 * several processes at once.
 */
export async function storeReferenceData(app: INestApplication): Promise<void> {
  await app.get(PayScaleService).storeBuiltIns();
  await app.get(FrameworkService).storeBuiltIns();
  await app.get(PolicyService).storeBuiltIns();
}
