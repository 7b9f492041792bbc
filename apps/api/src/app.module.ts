import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AboutController } from './about/about.controller';
import { RUNTIME_SETTINGS, type RuntimeSettings } from './config/runtime-settings';
import { databaseOptions } from './database/database-options';
import { DemoModule } from './demo/demo.module';
import { HealthModule } from './health/health.module';
import { PayScaleModule } from './pay-scales/pay-scale.module';

@Module({})
export class AppModule {
  static forRoot(databaseUrl: string, settings: RuntimeSettings): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...databaseOptions(databaseUrl), retryAttempts: 0 }),
        HealthModule,
        PayScaleModule,
        DemoModule,
      ],
      controllers: [AboutController],
      providers: [{ provide: RUNTIME_SETTINGS, useValue: settings }],
    };
  }
}
