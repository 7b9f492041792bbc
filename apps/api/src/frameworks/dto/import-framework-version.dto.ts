import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FRAMEWORK_KEYS, type FrameworkKey } from '@ladder/competencies';
import { IsBoolean, IsIn, IsObject, IsOptional, Matches } from 'class-validator';

/** A CASE package to store as a new version of a framework. */
export class ImportFrameworkVersionDto {
  @ApiProperty({ enum: FRAMEWORK_KEYS, example: 'somerset', description: 'The framework the package is a version of.' })
  @IsIn(FRAMEWORK_KEYS, { message: `key must be one of ${FRAMEWORK_KEYS.join(', ')}` })
  key!: FrameworkKey;

  @ApiProperty({
    example: '2021.2',
    description: 'The new version, YYYY.N. It must not exist yet: stored versions never change.',
  })
  @Matches(/^\d{4}\.\d+$/, { message: 'version must look like YYYY.N, e.g. 2021.2' })
  version!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'A 1EdTech CASE 1.1 CFPackage (JSON binding), e.g. one served by GET /api/frameworks/{key}/versions/{version}/case. Its title, publisher, source, status and item tree become the new version.',
  })
  @IsObject({ message: 'package must be a CASE CFPackage object' })
  package!: Record<string, unknown>;

  @ApiPropertyOptional({
    default: false,
    description: 'Make the new version the current one (it must be published, i.e. CFDocument.adoptionStatus Adopted).',
  })
  @IsOptional()
  @IsBoolean()
  makeCurrent?: boolean;
}
