import { useParams } from 'react-router-dom';
import { FrameworkItem } from '../features/frameworks/components/FrameworkItem';

/** `/frameworks/:key/:version/items/:itemId`: one item and everything under it, its rubric and its crosswalk links. */
export function FrameworkItemPage() {
  const { key = '', version = '', itemId = '' } = useParams();
  return <FrameworkItem frameworkKey={key} version={version} itemId={itemId} />;
}
