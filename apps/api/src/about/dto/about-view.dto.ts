import { ApiProperty } from '@nestjs/swagger';

export class AboutView {
  @ApiProperty({ example: 'Ladder' })
  service!: string;

  @ApiProperty({ example: '0.1.0' })
  version!: string;

  @ApiProperty({ description: 'True when running on the embedded database with demo data: the UI shows a banner.' })
  demoMode!: boolean;
}
