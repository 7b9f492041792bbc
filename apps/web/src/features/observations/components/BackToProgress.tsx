import { Link } from 'react-router-dom';
import { workerProgressPath } from '../model/paths';

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
      <Link to={isWorker ? '/' : workerProgressPath(workerId)}>
        {isWorker ? 'Back to your progress' : `Back to ${workerName}’s progress and observations`}
      </Link>
    </p>
  );
}
