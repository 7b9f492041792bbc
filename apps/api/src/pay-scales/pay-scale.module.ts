import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { PayScaleController } from './pay-scale.controller';
import { PayScaleRepository } from './pay-scale.repository';
import { PayScaleService } from './pay-scale.service';

@Module({
  imports: [AccessModule],
  controllers: [PayScaleController],
  providers: [PayScaleRepository, PayScaleService],
  exports: [PayScaleService],
})
export class PayScaleModule {}
