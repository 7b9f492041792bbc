import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
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
import { CurrentUser } from '../access/access.decorators';
import type { SessionUser } from '../access/session-user';
import { AssignmentView } from './dto/assignment-view.dto';
import { CreateSupervisionAssignmentDto } from './dto/create-supervision-assignment.dto';
import { EndSupervisionAssignmentDto } from './dto/end-supervision-assignment.dto';
import { SupervisionAssignmentService } from './supervision-assignment.service';
import { UuidParam } from '../common/uuid-param';

@ApiTags('supervision assignments')
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@Controller('supervision-assignments')
export class SupervisionAssignmentController {
  constructor(private readonly assignments: SupervisionAssignmentService) {}

  @Get()
  @ApiOperation({
    summary: 'Supervision assignments: all in your organisation (employer admins), or your own (supervisors)',
  })
  @ApiOkResponse({ type: AssignmentView, isArray: true })
  @ApiForbiddenResponse({ description: 'Neither an employer admin nor a supervisor.' })
  list(@CurrentUser() user: SessionUser): Promise<AssignmentView[]> {
    return this.assignments.list(user);
  }

  @Post()
  @ApiOperation({ summary: 'Assign a supervisor to a link worker (employer admins)' })
  @ApiCreatedResponse({ type: AssignmentView })
  @ApiBadRequestResponse({ description: 'A field is not valid, or a person lacks the role; `errors` names each.' })
  @ApiForbiddenResponse({ description: 'Not an employer admin.' })
  @ApiNotFoundResponse({ description: 'The supervisor or worker is not in your organisation.' })
  @ApiConflictResponse({ description: 'An assignment of the same supervisor, worker and type overlaps these dates.' })
  create(@CurrentUser() user: SessionUser, @Body() body: CreateSupervisionAssignmentDto): Promise<AssignmentView> {
    return this.assignments.create(user, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'End a supervision assignment: set its last day (employer admins)' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The assignment.' })
  @ApiOkResponse({ type: AssignmentView })
  @ApiBadRequestResponse({ description: 'endsOn is missing, malformed or before startsOn.' })
  @ApiForbiddenResponse({ description: 'Not an employer admin.' })
  @ApiNotFoundResponse({ description: 'No such assignment in your organisation.' })
  end(
    @CurrentUser() user: SessionUser,
    @UuidParam() id: string,
    @Body() body: EndSupervisionAssignmentDto,
  ): Promise<AssignmentView> {
    return this.assignments.end(user, id, body);
  }
}
