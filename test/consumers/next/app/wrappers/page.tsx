// React 19 with the React wrappers in a client component: React renders the tags on the server
// (without shadow content), the wrappers set properties and attach event props after hydration.
import { WrappedWidgets } from './widgets';

export default function Page() {
  return <WrappedWidgets />;
}
