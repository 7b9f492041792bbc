import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { IsIsoDate } from '../../common/dreyfus-validators';
import { DEFAULT_PAY_YEAR, PAY_YEAR_PATTERN } from './evaluate-progression.dto';

/** `GET /people/{id}/progression?asOf=…&payYear=…` */
export class WorkerProgressionQueryDto {
  @ApiPropertyOptional({
    example: '2026-03-15',
    description: 'The date the result describes (YYYY-MM-DD); default today (UTC).',
  })
  @IsOptional()
  @IsIsoDate()
  asOf?: string;

  @ApiPropertyOptional({ example: DEFAULT_PAY_YEAR, description: `A stored pay year; default ${DEFAULT_PAY_YEAR}.` })
  @IsOptional()
  @Matches(PAY_YEAR_PATTERN, { message: '$property must be a pay year written YYYY/YY, e.g. 2020/21' })
  payYear?: string;
}
