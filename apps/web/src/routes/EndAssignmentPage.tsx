import { useParams } from 'react-router-dom';
import { EndAssignment } from '../features/people/components/EndAssignmentForm';

/** `/people/assignments/:id/end` (employer admins). */
export function EndAssignmentPage() {
  const { id = '' } = useParams();
  return <EndAssignment assignmentId={id} />;
}
