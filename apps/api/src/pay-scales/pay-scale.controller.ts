import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, Public } from '../access/access.decorators';
import { WithoutTenantTransaction } from '../database/tenant-transaction.interceptor';
import type { SessionUser } from '../access/session-user';
import { CreatePayScaleDto } from './dto/create-pay-scale.dto';
import { PayScaleView } from './dto/pay-scale-view.dto';
import { PayScaleService } from './pay-scale.service';

@ApiTags('pay-scales')
@Controller('pay-scales')
export class PayScaleController {
  constructor(private readonly payScales: PayScaleService) {}

  @Get()
  @Public()
  // Published reference data, no organisation's: no per-request transaction (issue 10).
  @WithoutTenantTransaction()
  @ApiOkResponse({
    type: PayScaleView,
    isArray: true,
    description: 'Every stored Agenda for Change pay year (Bands 3–5).',
  })
  list(): Promise<PayScaleView[]> {
    return this.payScales.list();
  }

  @Get(':year')
  @Public()
  // Published reference data, no organisation's: no per-request transaction (issue 10).
  @WithoutTenantTransaction()
  @ApiParam({ name: 'year', example: '2020-21', description: 'Pay year, written 2020-21 or 2020%2F21' })
  @ApiOkResponse({
    type: PayScaleView,
    description: 'One pay year: each band with its points by completed years of experience.',
  })
  @ApiNotFoundResponse({ description: 'No such pay year.' })
  get(@Param('year') year: string): Promise<PayScaleView> {
    return this.payScales.get(year.replace('-', '/'));
  }

  @Post()
  @ApiOperation({ summary: 'Add a new pay year (platform administrators)' })
  @ApiCreatedResponse({ type: PayScaleView, description: 'The pay year was stored, as it will be served from now on.' })
  @ApiBadRequestResponse({ description: 'The pay scale is not valid; `errors` lists every problem.' })
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  @ApiForbiddenResponse({ description: 'Not a platform administrator.' })
  @ApiConflictResponse({ description: 'That pay year is already stored; stored pay years never change.' })
  create(@CurrentUser() user: SessionUser, @Body() body: CreatePayScaleDto): Promise<PayScaleView> {
    return this.payScales.create(user, body);
  }
}
