import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
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
import { FRAMEWORK_KEYS, type CasePackage } from '@ladder/competencies';
import { CurrentUser, Public } from '../access/access.decorators';
import { WithoutTenantTransaction } from '../database/tenant-transaction.interceptor';
import type { SessionUser } from '../access/session-user';
import { ImportFrameworkVersionDto } from './dto/import-framework-version.dto';
import { sendCachedJson } from '../common/cached-json';
import { FrameworkService } from './framework.service';
import {
  CasePackageView,
  FrameworkSummaryView,
  FrameworkVersionView,
  ImportedFrameworkVersionView,
} from './dto/framework-views.dto';

const KEY_PARAM = { name: 'key', enum: FRAMEWORK_KEYS, description: 'The framework.' } as const;
const VERSION_PARAM = {
  name: 'version',
  example: '2021.1',
  description: 'A version such as 2021.1, or `current` for the framework’s current version.',
} as const;

@ApiTags('frameworks')
@Controller('frameworks')
export class FrameworkController {
  constructor(private readonly frameworks: FrameworkService) {}

  @Get()
  @Public()
  // Published reference data, no organisation's: no per-request transaction (issue 10).
  @WithoutTenantTransaction()
  @ApiOperation({ summary: 'List the competency frameworks and their versions' })
  @ApiOkResponse({
    type: FrameworkSummaryView,
    isArray: true,
    description: 'Each framework with its title, publisher, current version and every stored version.',
  })
  list(): Promise<FrameworkSummaryView[]> {
    return this.frameworks.list();
  }

  @Get(':key/versions/:version')
  @Public()
  // Published reference data, no organisation's: no per-request transaction (issue 10).
  @WithoutTenantTransaction()
  @ApiOperation({ summary: 'Read one framework version: the whole item tree and Ladder’s crosswalk' })
  @ApiParam(KEY_PARAM)
  @ApiParam(VERSION_PARAM)
  @ApiOkResponse({
    type: FrameworkVersionView,
    description:
      'The version’s metadata and item tree, whether it is current, and the crosswalk entries linking its items to the current versions of the other frameworks.',
  })
  @ApiNotFoundResponse({ description: 'No such framework, or no such version of it.' })
  async getVersion(
    @Param('key') key: string,
    @Param('version') version: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    // A published document: kept by browsers and proxies for a minute, then revalidated by ETag (a new
    // current version anywhere changes the crosswalk, so even a named version is not cached for ever).
    sendCachedJson(req, res, await this.frameworks.versionDocument(key, version), 'public, max-age=60');
  }

  @Get(':key/versions/:version/case')
  @Public()
  // Published reference data, no organisation's: no per-request transaction (issue 10).
  @WithoutTenantTransaction()
  @ApiOperation({ summary: 'Export one framework version as a 1EdTech CASE 1.1 package' })
  @ApiParam(KEY_PARAM)
  @ApiParam(VERSION_PARAM)
  @ApiOkResponse({
    type: CasePackageView,
    description:
      'A CASE 1.1 CFPackage (JSON binding): CFDocument, CFItems, isChildOf/replacedBy associations, the 0–5 rubrics, and the crosswalk links that touch the version. Identifiers are deterministic.',
  })
  @ApiNotFoundResponse({ description: 'No such framework, or no such version of it.' })
  getCasePackage(@Param('key') key: string, @Param('version') version: string): Promise<CasePackage> {
    return this.frameworks.getCasePackage(key, version);
  }

  @Post('import')
  @ApiOperation({ summary: 'Import a CASE package as a new framework version (platform administrators)' })
  @ApiCreatedResponse({
    type: ImportedFrameworkVersionView,
    description: 'The version was stored; its metadata, and whether it is now current.',
  })
  @ApiBadRequestResponse({ description: 'The body or the package is not valid; `errors` lists every problem.' })
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  @ApiForbiddenResponse({ description: 'Not a platform administrator.' })
  @ApiConflictResponse({
    description: 'That version of the framework is already stored; stored versions never change.',
  })
  importVersion(
    @CurrentUser() user: SessionUser,
    @Body() body: ImportFrameworkVersionDto,
  ): Promise<ImportedFrameworkVersionView> {
    return this.frameworks.importVersion(user, body);
  }
}
