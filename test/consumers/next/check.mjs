// The second page: React 19 with the React wrappers (events as props work from the first click).
import { checkApp } from '../../lib.mjs';

export default async function check({ url }) {
  await checkApp(url, { path: 'wrappers' });
}
