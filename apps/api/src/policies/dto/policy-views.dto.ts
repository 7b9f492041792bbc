import { ApiProperty } from '@nestjs/swagger';
import type { AdoptionView as AdoptionShape } from '../policy.service';
import { CreatePolicyDto } from './create-policy.dto';

/** A stored policy's rules: the same shape as the body that creates one. */
export class PolicyDefinitionView extends CreatePolicyDto {}

/** Documents `PolicyView` in policy.service.ts (whose definition is the engine's readonly, narrower-typed policy). */
export class PolicyView {
  @ApiProperty({ example: 'somerset-default' })
  key!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  version!: number;

  @ApiProperty()
  title!: string;

  @ApiProperty({ description: 'Shipped with Ladder, rather than your organisation’s own.' })
  builtIn!: boolean;

  @ApiProperty({ description: 'Your organisation’s results use this version.' })
  adopted!: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for built-in policies.' })
  createdBy!: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When a result first used it; from then on it can never be deleted.',
  })
  firstUsedAt!: string | null;

  @ApiProperty({ type: PolicyDefinitionView })
  definition!: PolicyDefinitionView;
}

export class AdoptedPolicyView {
  @ApiProperty({ example: 'somerset-default' })
  key!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  version!: number;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  builtIn!: boolean;
}

export class AdoptionView implements AdoptionShape {
  @ApiProperty({ type: AdoptedPolicyView })
  policy!: AdoptedPolicyView;

  @ApiProperty({ description: 'True when nothing is adopted and the built-in default applies.' })
  isDefault!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  adoptedAt!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  adoptedBy!: string | null;
}
