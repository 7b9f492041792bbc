import { AssignSupervisor } from '../features/people/components/AssignSupervisorForm';

/** `/people/assignments/new` (employer admins). */
export function AssignSupervisorPage() {
  return <AssignSupervisor />;
}
