import { Link } from 'react-router-dom';
import { paths } from '../config/paths';

export function NotFoundPage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <Link to={paths.home}>Go to the Ladder home page</Link>
      </p>
    </>
  );
}
