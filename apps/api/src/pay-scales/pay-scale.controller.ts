import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { PayScale } from '@ladder/competencies';
import { PayScaleService } from './pay-scale.service';

@ApiTags('pay-scales')
@Controller('pay-scales')
export class PayScaleController {
  constructor(private readonly payScales: PayScaleService) {}

  @Get()
  @ApiOkResponse({ description: 'Every stored Agenda for Change pay year (Bands 3–5).' })
  list(): Promise<PayScale[]> {
    return this.payScales.list();
  }

  @Get(':year')
  @ApiParam({ name: 'year', example: '2020-21', description: 'Pay year, written 2020-21 or 2020%2F21' })
  @ApiOkResponse({ description: 'One pay year: each band with its points by completed years of experience.' })
  @ApiNotFoundResponse({ description: 'No such pay year.' })
  get(@Param('year') year: string): Promise<PayScale> {
    return this.payScales.get(year.replace('-', '/'));
  }
}
