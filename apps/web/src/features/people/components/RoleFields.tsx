import { Checkboxes } from 'nhsuk-react-components';
import {
  ROLE_HINTS,
  ROLE_LABELS,
  ROLES,
  SUPERVISION_TYPE_LABELS,
  SUPERVISION_TYPES,
  roleInputId,
  supervisionTypeInputId,
  type OrganisationRole,
  type SupervisionType,
} from '../model/labels';

export const ROLES_INPUT_ID = roleInputId(ROLES[0]);
export const SUPERVISION_TYPES_INPUT_ID = supervisionTypeInputId(SUPERVISION_TYPES[0]);

export interface RoleFieldsProps {
  roles: readonly OrganisationRole[];
  supervisionTypes: readonly SupervisionType[];
  onRolesChange: (roles: OrganisationRole[]) => void;
  onSupervisionTypesChange: (types: SupervisionType[]) => void;
  rolesError?: string;
  supervisionTypesError?: string;
  /** "their" when inviting or changing someone else. */
  legend?: string;
}

function toggled<T>(list: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const next = new Set(list);
  if (on) next.add(value);
  else next.delete(value);
  return order.filter((item) => next.has(item));
}

/**
 * The roles checkboxes; choosing Supervisor reveals the kinds of supervision
 * they give (the NHS.UK conditional reveal), each in its own fieldset with a legend.
 */
export function RoleFields({
  roles,
  supervisionTypes,
  onRolesChange,
  onSupervisionTypesChange,
  rolesError,
  supervisionTypesError,
  legend = 'Roles',
}: RoleFieldsProps) {
  const supervisionFields = (
    <Checkboxes
      id="supervision-types"
      name="supervisionTypes"
      legend="Supervision they give"
      legendProps={{ size: 's' }}
      hint="Select all that apply"
      error={supervisionTypesError}
    >
      {SUPERVISION_TYPES.map((type) => (
        <Checkboxes.Item
          key={type}
          id={supervisionTypeInputId(type)}
          value={type}
          checked={supervisionTypes.includes(type)}
          onChange={(event) =>
            onSupervisionTypesChange(toggled(supervisionTypes, type, event.currentTarget.checked, SUPERVISION_TYPES))
          }
        >
          {SUPERVISION_TYPE_LABELS[type]}
        </Checkboxes.Item>
      ))}
    </Checkboxes>
  );

  return (
    <Checkboxes
      id="roles"
      name="roles"
      legend={legend}
      legendProps={{ size: 'm' }}
      hint="Select all that apply"
      error={rolesError}
    >
      {ROLES.map((role) => (
        <Checkboxes.Item
          key={role}
          id={roleInputId(role)}
          value={role}
          hint={ROLE_HINTS[role]}
          checked={roles.includes(role)}
          onChange={(event) => onRolesChange(toggled(roles, role, event.currentTarget.checked, ROLES))}
          conditional={role === 'supervisor' ? supervisionFields : undefined}
        >
          {ROLE_LABELS[role]}
        </Checkboxes.Item>
      ))}
    </Checkboxes>
  );
}
