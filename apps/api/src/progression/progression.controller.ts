import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser } from '../access/access.decorators';
import type { SessionUser } from '../access/session-user';
import { UuidParam } from '../common/uuid-param';
import { EvaluateProgressionDto } from './dto/evaluate-progression.dto';
import { SetAttestationDto } from './dto/set-attestation.dto';
import { SetInductionDto } from './dto/set-induction.dto';
import { WorkerProgressionQueryDto } from './dto/worker-progression-query.dto';
import { ProgressionService } from './progression.service';
import { ProgressionResultView, WorkerMilestonesView } from './dto/progression-result-view.dto';

const PERSON_PARAM = { name: 'id', format: 'uuid', description: 'The worker (a person in your organisation).' };
const RESULT_DESCRIPTION =
  'The engine’s result: level and next level, the policy version that produced it, each assessed competency’s latest current score, the reasons and gaps, and a suggested pay point with its reasoning.';

@ApiTags('progression')
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@Controller()
export class ProgressionController {
  constructor(private readonly progression: ProgressionService) {}

  @Post('progression/evaluate')
  @HttpCode(200)
  @ApiOperation({ summary: 'What-if: the level, reasons, gaps and pay a set of evidence would give at a date' })
  @ApiOkResponse({ type: ProgressionResultView, description: RESULT_DESCRIPTION })
  @ApiBadRequestResponse({ description: '`errors` names each bad field, e.g. `evidence.0.score`.' })
  @ApiNotFoundResponse({ description: 'No such stored policy version or pay year (the message names it).' })
  evaluate(@CurrentUser() user: SessionUser, @Body() body: EvaluateProgressionDto): Promise<ProgressionResultView> {
    return this.progression.evaluate(user, body);
  }

  @Get('people/:id/progression')
  @ApiOperation({
    summary: 'A worker’s progression from stored records (the worker, their supervisors, employer admins)',
  })
  @ApiParam(PERSON_PARAM)
  @ApiOkResponse({
    type: ProgressionResultView,
    description: `${RESULT_DESCRIPTION} Uses your organisation’s adopted policy.`,
  })
  @ApiBadRequestResponse({ description: '`errors` names each bad query parameter.' })
  @ApiForbiddenResponse({ description: 'Not the worker, a current supervisor of theirs, or an employer admin.' })
  @ApiNotFoundResponse({ description: 'No such person in your organisation, or no such pay year.' })
  forWorker(
    @CurrentUser() user: SessionUser,
    @UuidParam() id: string,
    @Query() query: WorkerProgressionQueryDto,
  ): Promise<ProgressionResultView> {
    return this.progression.forWorker(user, id, query);
  }

  @Put('people/:id/induction')
  @ApiOperation({ summary: 'Record when a worker completed local induction (employer administrators)' })
  @ApiParam(PERSON_PARAM)
  @ApiOkResponse({
    type: WorkerMilestonesView,
    description: 'The worker’s induction and attestation dates as now stored.',
  })
  @ApiBadRequestResponse({ description: '`errors` names each bad field.' })
  @ApiForbiddenResponse({ description: 'Not an employer administrator.' })
  @ApiNotFoundResponse({ description: 'No such person in your organisation.' })
  setInduction(
    @CurrentUser() user: SessionUser,
    @UuidParam() id: string,
    @Body() body: SetInductionDto,
  ): Promise<WorkerMilestonesView> {
    return this.progression.setInduction(user, id, body.completedOn);
  }

  @Put('people/:id/attestation')
  @ApiOperation({
    summary:
      'Record the employer’s attestation of a worker’s wider responsibilities, leadership or specialisation (employer administrators)',
  })
  @ApiParam(PERSON_PARAM)
  @ApiOkResponse({
    type: WorkerMilestonesView,
    description: 'The worker’s induction and attestation dates as now stored.',
  })
  @ApiBadRequestResponse({ description: '`errors` names each bad field.' })
  @ApiForbiddenResponse({ description: 'Not an employer administrator.' })
  @ApiNotFoundResponse({ description: 'No such person in your organisation.' })
  setAttestation(
    @CurrentUser() user: SessionUser,
    @UuidParam() id: string,
    @Body() body: SetAttestationDto,
  ): Promise<WorkerMilestonesView> {
    return this.progression.setAttestation(user, id, body.attestedOn);
  }
}
