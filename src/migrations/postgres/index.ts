import * as migration_20261128_224718_initial from './20261128_224718_initial';

export const migrations = [
  {
    up: migration_20261128_224718_initial.up,
    down: migration_20261128_224718_initial.down,
    name: '20261128_224718_initial'
  },
];
