import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AboutController } from './about/about.controller';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG, RUNTIME_SETTINGS, type RuntimeSettings } from './config/runtime-settings';
import { databaseOptions } from './database/database-options';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { DemoRecordsModule } from './demo/demo-records.module';
import { FrameworkModule } from './frameworks/framework.module';
import { HealthModule } from './health/health.module';
import { InvitationModule } from './invitations/invitation.module';
import { PasswordResetModule } from './password-reset/password-reset.module';
import { PeopleModule } from './people/people.module';
import { TenantTransactionInterceptor } from './database/tenant-transaction.interceptor';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { PayScaleModule } from './pay-scales/pay-scale.module';
import { PolicyModule } from './policies/policy.module';
import { ProgressionModule } from './progression/progression.module';
import { ObservationEvidenceSource } from './observations/observation-evidence-source';
import { ObservationModule } from './observations/observation.module';
import { PROGRESSION_EVIDENCE_SOURCE } from './progression/progression-evidence-source';

@Module({})
export class AppModule {
  static forRoot(databaseUrl: string, config: AppConfig, settings: RuntimeSettings): DynamicModule {
    return {
      module: AppModule,
      // The configuration, settings and progression's evidence port are needed across modules.
      global: true,
      exports: [APP_CONFIG, RUNTIME_SETTINGS, PROGRESSION_EVIDENCE_SOURCE],
      imports: [
        TypeOrmModule.forRoot({ ...databaseOptions(databaseUrl, 'app'), retryAttempts: 0 }),
        DatabaseModule,
        AuditModule,
        AuthModule,
        PeopleModule,
        InvitationModule,
        PasswordResetModule,
        HealthModule,
        PayScaleModule,
        FrameworkModule,
        PolicyModule,
        ProgressionModule,
        ObservationModule,
        DemoModule,
        DemoRecordsModule,
      ],
      controllers: [AboutController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: RUNTIME_SETTINGS, useValue: settings },
        { provide: APP_INTERCEPTOR, useClass: TenantTransactionInterceptor },
        // Progression's stored evidence: the signed-off (and draft) observation scores the observations
        // module keeps. Bound here, where both are composed, so neither module imports the other both ways.
        { provide: PROGRESSION_EVIDENCE_SOURCE, useExisting: ObservationEvidenceSource },
      ],
    };
  }
}
