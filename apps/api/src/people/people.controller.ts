import { Body, Controller, Get, Patch } from '@nestjs/common';
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
import { PersonView } from './dto/person-view.dto';
import { UpdatePersonDto } from './dto/update-person.dto';
import { PeopleService } from './people.service';
import { UuidParam } from '../common/uuid-param';

const ID_PARAM = { name: 'id', format: 'uuid', description: 'The person.' } as const;

@ApiTags('people')
@ApiUnauthorizedResponse({ description: 'Not signed in.' })
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @ApiOperation({
    summary: 'The people you can see in your organisation',
    description:
      'Employer admins: everyone in the organisation. Supervisors: their current supervisees. Link workers: themselves.',
  })
  @ApiOkResponse({ type: PersonView, isArray: true })
  @ApiForbiddenResponse({ description: 'Platform administrators have no access to organisations’ people.' })
  list(@CurrentUser() user: SessionUser): Promise<PersonView[]> {
    return this.people.list(user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One person: yourself, someone you currently supervise, or (employer admins) anyone' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: PersonView })
  @ApiForbiddenResponse({ description: 'In your organisation, but not someone you may see.' })
  @ApiNotFoundResponse({ description: 'No such person in your organisation.' })
  get(@CurrentUser() user: SessionUser, @UuidParam() id: string): Promise<PersonView> {
    return this.people.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change a person’s roles, supervision types, job title, dates or active status (employer admins)',
    description:
      'Send only the fields to change. Deactivating a person ends their sessions at once. You cannot remove your own employer_admin role or deactivate yourself.',
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: PersonView, description: 'The person after the change.' })
  @ApiBadRequestResponse({ description: 'A field is not valid; `errors` names each one.' })
  @ApiForbiddenResponse({ description: 'Not an employer admin.' })
  @ApiNotFoundResponse({ description: 'No such person in your organisation.' })
  update(
    @CurrentUser() user: SessionUser,
    @UuidParam() id: string,
    @Body() body: UpdatePersonDto,
  ): Promise<PersonView> {
    return this.people.update(user, id, body);
  }
}
