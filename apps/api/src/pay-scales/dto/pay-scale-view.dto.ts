import { ApiProperty } from '@nestjs/swagger';
import type { PayBand, PayPoint, PayScale } from '@ladder/competencies';

/** The row for completed years of experience `minYears` up to (not including) `maxYears`. */
export class PayPointView implements PayPoint {
  @ApiProperty({ type: 'integer', minimum: 0, example: 0 })
  minYears!: number;

  @ApiProperty({ type: 'integer', nullable: true, description: 'null for the open-ended last row ("6+").' })
  maxYears!: number | null;

  @ApiProperty({ type: 'integer', example: 1084 })
  hourlyPence!: number;

  @ApiProperty({ type: 'integer', example: 21142 })
  annualPounds!: number;
}

export class PayBandView implements PayBand {
  @ApiProperty({ enum: [3, 4, 5], example: 3 })
  band!: 3 | 4 | 5;

  @ApiProperty({ type: [PayPointView] })
  points!: PayPointView[];
}

/** One Agenda for Change pay year. */
export class PayScaleView implements PayScale {
  @ApiProperty({ example: '2020/21' })
  year!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ description: 'Citation of the published pay scale.' })
  source!: string;

  @ApiProperty({ type: [PayBandView] })
  bands!: PayBandView[];
}
