import { Frameworks } from '../features/frameworks/components/Frameworks';

/** `/frameworks`: the national frameworks Ladder holds, each leading to its current version. */
export function FrameworksPage() {
  return <Frameworks />;
}
