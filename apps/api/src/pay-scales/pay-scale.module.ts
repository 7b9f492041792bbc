import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PayScaleController } from './pay-scale.controller';
import { PayScaleEntity } from './pay-scale.entity';
import { PayScaleRepository } from './pay-scale.repository';
import { PayScaleService } from './pay-scale.service';

@Module({
  imports: [TypeOrmModule.forFeature([PayScaleEntity])],
  controllers: [PayScaleController],
  providers: [PayScaleRepository, PayScaleService],
  exports: [PayScaleService],
})
export class PayScaleModule {}
