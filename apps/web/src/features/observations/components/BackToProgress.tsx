import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';

/** The link under an observation back to the worker's progress: their own home page, or their page for a supervisor. */
export function BackToProgress({
  workerId,
  workerName,
  isWorker,
}: {
  workerId: string;
  workerName: string;
  isWorker: boolean;
}) {
  return (
    <p>
      <Link to={isWorker ? paths.home : paths.workerProgress(workerId)}>
        {isWorker ? 'Back to your progress' : `Back to ${workerName}’s progress and observations`}
      </Link>
    </p>
  );
}
