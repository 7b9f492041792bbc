import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { FrameworkController } from './framework.controller';
import { FrameworkRepository } from './framework.repository';
import { FrameworkService } from './framework.service';

@Module({
  imports: [AccessModule],
  controllers: [FrameworkController],
  providers: [FrameworkRepository, FrameworkService],
  exports: [FrameworkService],
})
export class FrameworkModule {}
