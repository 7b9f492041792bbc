import { useParams } from 'react-router-dom';
import { CheckObservation } from '../features/observations/components/CheckObservation';

/** `/observations/:id/check` (supervisors): check your answers, then sign off. */
export function CheckObservationPage() {
  const { id = '' } = useParams();
  return <CheckObservation key={id} id={id} />;
}
