import { applyDecorators } from '@nestjs/common';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { ORGANISATION_ROLES } from '../person.entity';
import { SUPERVISION_TYPES } from '../supervision-assignment.entity';

/** `roles`: a non-empty list of distinct organisation roles. Shared by people and invitations. */
export const IsRoleList = (): PropertyDecorator =>
  applyDecorators(
    IsArray({ message: 'roles must be a list' }),
    ArrayNotEmpty({ message: 'roles must include at least one role' }),
    ArrayUnique({ message: 'roles must not repeat a role' }),
    IsIn(ORGANISATION_ROLES, { each: true, message: `roles must each be one of ${ORGANISATION_ROLES.join(', ')}` }),
  );

/** `supervisionTypes`: a list (possibly empty) of distinct supervision types. */
export const IsSupervisionTypeList = (): PropertyDecorator =>
  applyDecorators(
    IsArray({ message: 'supervisionTypes must be a list' }),
    ArrayUnique({ message: 'supervisionTypes must not repeat a type' }),
    IsIn(SUPERVISION_TYPES, {
      each: true,
      message: `supervisionTypes must each be one of ${SUPERVISION_TYPES.join(', ')}`,
    }),
  );
