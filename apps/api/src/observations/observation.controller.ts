import { Body, Controller, Get, HttpCode, Post, Put, Query, UseFilters } from '@nestjs/common';
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
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser } from '../access/access.decorators';
import type { SessionUser } from '../access/session-user';
import { UuidParam } from '../common/uuid-param';
import { AcknowledgeObservationDto } from './dto/acknowledge-observation.dto';
import { AmendObservationDto } from './dto/amend-observation.dto';
import { CreateObservationDto } from './dto/create-observation.dto';
import { ObservationPlanView } from './dto/observation-plan-view.dto';
import { ObservationDetailView, ObservationView } from './dto/observation-view.dto';
import { SignOffObservationDto } from './dto/sign-off-observation.dto';
import { UpdateObservationDto } from './dto/update-observation.dto';
import { WorkerQueryDto } from './dto/worker-query.dto';
import { STALE_DRAFT_MESSAGE } from './observation-errors';
import { ObservationService } from './observation.service';
import { PossibleIdentifiersFilter } from './possible-identifiers.filter';

const OBSERVATION_PARAM = { name: 'id', format: 'uuid', description: 'The observation.' };
const IDENTIFIERS_422 =
  'Text looks like it holds a patient identifier: `{ message, possibleIdentifiers: [{ field, kind }] }` (kind: nhs-number, date-of-birth, postcode-with-name). Nothing is saved; send again with `confirmPossibleIdentifiers: true` to save it.';
const NOT_FOUND = 'No such observation (or person) in your organisation.';

@ApiTags('observations')
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@UseFilters(PossibleIdentifiersFilter)
@Controller('observations')
export class ObservationController {
  constructor(private readonly observations: ObservationService) {}

  @Get('plan')
  @ApiOperation({
    summary:
      'Pre-observation: the competencies to observe next (current and next level) and the guidance to read first (the worker, their current supervisors, employer admins)',
  })
  @ApiOkResponse({ type: ObservationPlanView })
  @ApiBadRequestResponse({ description: 'workerId is not a UUID.' })
  @ApiForbiddenResponse({ description: 'Not the worker, a current supervisor of theirs, or an employer admin.' })
  @ApiNotFoundResponse({ description: 'No such person in your organisation.' })
  plan(@CurrentUser() user: SessionUser, @Query() query: WorkerQueryDto): Promise<ObservationPlanView> {
    return this.observations.plan(user, query.workerId);
  }

  @Get()
  @ApiOperation({
    summary:
      'A worker’s observations, newest first, amended versions included (the worker, their current supervisors and employer admins; past supervisors see those they made)',
  })
  @ApiOkResponse({ type: ObservationView, isArray: true })
  @ApiBadRequestResponse({ description: 'workerId is not a UUID.' })
  @ApiForbiddenResponse({ description: 'Not allowed to see this worker’s observations.' })
  @ApiNotFoundResponse({ description: 'No such person in your organisation.' })
  list(@CurrentUser() user: SessionUser, @Query() query: WorkerQueryDto): Promise<ObservationView[]> {
    return this.observations.list(user, query.workerId);
  }

  @Post()
  @ApiOperation({ summary: 'Plan an observation: a draft (a current supervisor of the worker, or the worker)' })
  @ApiCreatedResponse({ type: ObservationView })
  @ApiBadRequestResponse({
    description:
      '`errors` names each bad field, e.g. `itemIds.0` for an item that is not a scorable item of that framework version.',
  })
  @ApiForbiddenResponse({ description: 'Neither a current supervisor of the worker nor the worker.' })
  @ApiNotFoundResponse({ description: 'No such person in your organisation.' })
  create(@CurrentUser() user: SessionUser, @Body() body: CreateObservationDto): Promise<ObservationView> {
    return this.observations.create(user, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One observation, with `history`: its amendment chain, oldest first' })
  @ApiParam(OBSERVATION_PARAM)
  @ApiOkResponse({ type: ObservationDetailView })
  @ApiForbiddenResponse({ description: 'Not allowed to see this worker’s observations.' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  get(@CurrentUser() user: SessionUser, @UuidParam() id: string): Promise<ObservationDetailView> {
    return this.observations.get(user, id);
  }

  @Put(':id')
  @ApiOperation({
    summary:
      'Save a draft (autosave; a current supervisor of the worker): only the fields given change, and the revision goes up by one',
  })
  @ApiParam(OBSERVATION_PARAM)
  @ApiOkResponse({ type: ObservationView })
  @ApiBadRequestResponse({
    description:
      '`errors` names each bad field: `items.N.score` (a whole number 0–5 or null), `items.N.itemId` (one of the planned items).',
  })
  @ApiForbiddenResponse({ description: 'Not a current supervisor of the worker (workers never score).' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({
    description: `A stale revision: \`{ message: '${STALE_DRAFT_MESSAGE}' }\`; or the observation is signed off.`,
  })
  @ApiUnprocessableEntityResponse({ description: IDENTIFIERS_422 })
  update(
    @CurrentUser() user: SessionUser,
    @UuidParam() id: string,
    @Body() body: UpdateObservationDto,
  ): Promise<ObservationView> {
    return this.observations.update(user, id, body);
  }

  @Post(':id/sign-off')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign a draft off (a current supervisor of the worker); from then on it never changes. The same idempotencyKey again answers with the same result.',
  })
  @ApiParam(OBSERVATION_PARAM)
  @ApiOkResponse({ type: ObservationView })
  @ApiBadRequestResponse({
    description:
      'Not ready: `errors` lists each planned item neither scored nor marked not observed (`items.N.score`), and consent or a future date.',
  })
  @ApiForbiddenResponse({ description: 'Not a current supervisor of the worker.' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'A stale revision, already signed off, or an idempotency key used elsewhere.' })
  signOff(
    @CurrentUser() user: SessionUser,
    @UuidParam() id: string,
    @Body() body: SignOffObservationDto,
  ): Promise<ObservationView> {
    return this.observations.signOff(user, id, body);
  }

  @Post(':id/amendments')
  @ApiOperation({
    summary:
      'Amend a signed-off observation (a current supervisor): a new signed-off observation that `amends` it; the original shows `supersededBy` and stays in the history',
  })
  @ApiParam(OBSERVATION_PARAM)
  @ApiCreatedResponse({ type: ObservationView })
  @ApiBadRequestResponse({ description: '`errors` names each bad field; an amendment must change something.' })
  @ApiForbiddenResponse({ description: 'Not a current supervisor of the worker.' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'A draft, already amended (amend the latest version), or a key used elsewhere.' })
  @ApiUnprocessableEntityResponse({ description: IDENTIFIERS_422 })
  amend(
    @CurrentUser() user: SessionUser,
    @UuidParam() id: string,
    @Body() body: AmendObservationDto,
  ): Promise<ObservationView> {
    return this.observations.amend(user, id, body);
  }

  @Post(':id/acknowledgement')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'The worker acknowledges a signed-off observation, with an optional comment (stored apart; scores never change)',
  })
  @ApiParam(OBSERVATION_PARAM)
  @ApiOkResponse({ type: ObservationView })
  @ApiForbiddenResponse({ description: 'Not the worker who was observed.' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'Not signed off, or already acknowledged with a different comment.' })
  @ApiUnprocessableEntityResponse({ description: IDENTIFIERS_422 })
  acknowledge(
    @CurrentUser() user: SessionUser,
    @UuidParam() id: string,
    @Body() body: AcknowledgeObservationDto,
  ): Promise<ObservationView> {
    return this.observations.acknowledge(user, id, body);
  }
}
