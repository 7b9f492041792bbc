import { Link } from 'react-router-dom';
import { PEOPLE_PATH } from '../model/paths';

/** The way out of a people form without saving, under it. */
export function CancelToPeople() {
  return (
    <p>
      <Link to={PEOPLE_PATH}>Cancel and go back to people</Link>
    </p>
  );
}
