import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';

/** The way out of a people form without saving, under it. */
export function CancelToPeople() {
  return (
    <p>
      <Link to={paths.people}>Cancel and go back to people</Link>
    </p>
  );
}
