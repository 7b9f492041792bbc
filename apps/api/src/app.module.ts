import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AboutController } from './about/about.controller';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { RUNTIME_SETTINGS, type RuntimeSettings } from './config/runtime-settings';
import { databaseOptions } from './database/database-options';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { DemoRecordsModule } from './demo/demo-records.module';
import { FrameworkModule } from './frameworks/framework.module';
import { HealthModule } from './health/health.module';
import { InvitationModule } from './invitations/invitation.module';
import { PasswordResetModule } from './people/password-reset.module';
import { PeopleModule } from './people/people.module';
import { TenantTransactionInterceptor } from './database/tenant-transaction.interceptor';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { PayScaleModule } from './pay-scales/pay-scale.module';
import { PolicyModule } from './policies/policy.module';
import { ProgressionModule } from './progression/progression.module';
import { ObservationModule } from './observations/observation.module';

@Module({})
export class AppModule {
  static forRoot(databaseUrl: string, settings: RuntimeSettings): DynamicModule {
    return {
      module: AppModule,
      // RUNTIME_SETTINGS is needed across modules (cookies, demo mode).
      global: true,
      exports: [RUNTIME_SETTINGS],
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
        { provide: RUNTIME_SETTINGS, useValue: settings },
        { provide: APP_INTERCEPTOR, useClass: TenantTransactionInterceptor },
      ],
    };
  }
}
