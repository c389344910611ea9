// svelte-check rejects wrong types on the tags (the build already checked that the app passes).
import assert from 'node:assert/strict';

export default async function check({ run }) {
  let output = '';
  try {
    output = run('npx', ['svelte-check', '--tsconfig', './type-errors/tsconfig.json', '--output', 'machine']);
  } catch (error) {
    output = String(error.stdout);
  }
  const errors = output.split('\n').filter((line) => / ERROR /.test(line));
  assert.deepEqual(
    errors.map((line) => line.match(/WrongTypes\.svelte" (\d+):/)?.[1]),
    ['6', '7', '8'],
    `one type error on each wrong line of type-errors/WrongTypes.svelte:\n${output}`,
  );
  assert.match(errors[0], /not assignable to type 'number'/);
  assert.match(errors[1], /aspirin/);
  assert.match(errors[2], /not assignable to type 'boolean \| undefined'/);
}
