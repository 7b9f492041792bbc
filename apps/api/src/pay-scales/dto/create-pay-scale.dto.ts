import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsString, ValidateIf, ValidateNested } from 'class-validator';

/*
 * These classes check only the shape and types of a pay year and give the API
 * docs their schema. The rules (bands 3–5 once each, contiguous rows, ascending
 * positive amounts, a well-formed year) are `validatePayScale` in
 * libs/competencies, which the service runs so every problem is listed at once.
 */

export class CreatePayPointDto {
  @ApiProperty({ example: 0, description: 'Completed years of experience this row starts at.' })
  @IsInt()
  minYears!: number;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 1,
    description: 'Years this row runs up to (not including); null for the open-ended last row.',
  })
  @ValidateIf((point: CreatePayPointDto) => point.maxYears !== null)
  @IsInt({ message: 'maxYears must be an integer or null' })
  maxYears!: number | null;

  @ApiProperty({ example: 1012, description: 'Hourly rate in pence.' })
  @IsInt()
  hourlyPence!: number;

  @ApiProperty({ example: 19737, description: 'Annual salary in whole pounds.' })
  @IsInt()
  annualPounds!: number;
}

export class CreatePayBandDto {
  @ApiProperty({ enum: [3, 4, 5], example: 3 })
  @IsInt()
  band!: number;

  @ApiProperty({ type: [CreatePayPointDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CreatePayPointDto)
  points!: CreatePayPointDto[];
}

/** A new Agenda for Change pay year (Bands 3–5). */
export class CreatePayScaleDto {
  @ApiProperty({ example: '2021/22', description: 'Pay year as printed, YYYY/YY.' })
  @IsString()
  year!: string;

  @ApiProperty({ example: 'NHS Agenda for Change Pay scales 2021-2022' })
  @IsString()
  title!: string;

  @ApiProperty({ example: 'NHS Employers, Agenda for Change pay scales 2021/22' })
  @IsString()
  source!: string;

  @ApiProperty({ type: [CreatePayBandDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CreatePayBandDto)
  bands!: CreatePayBandDto[];
}
