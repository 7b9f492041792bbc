import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** `?workerId=`: the worker whose observations (or observation plan) are wanted. */
export class WorkerQueryDto {
  @ApiProperty({ format: 'uuid', description: 'A worker in your organisation.' })
  @IsUUID('all', { message: '$property must be a UUID' })
  workerId!: string;
}
