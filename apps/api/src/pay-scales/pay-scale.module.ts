import { Module } from '@nestjs/common';
import { PayScaleController } from './pay-scale.controller';
import { PayScaleRepository } from './pay-scale.repository';
import { PayScaleService } from './pay-scale.service';

@Module({
  controllers: [PayScaleController],
  providers: [PayScaleRepository, PayScaleService],
  exports: [PayScaleService],
})
export class PayScaleModule {}
