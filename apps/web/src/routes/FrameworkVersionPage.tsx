import { useParams } from 'react-router-dom';
import { FrameworkVersion } from '../features/frameworks/components/FrameworkVersion';

/** `/frameworks/:key/:version`: a version's details, a version picker, search, and its top-level contents. */
export function FrameworkVersionPage() {
  const { key = '', version = '' } = useParams();
  return <FrameworkVersion frameworkKey={key} version={version} />;
}
