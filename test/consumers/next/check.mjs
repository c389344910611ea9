// The second page: React 19 with the React wrappers (events as props work from the first click).
export default async function check({ url, checkApp }) {
  await checkApp(url, { path: 'wrappers' });
}
