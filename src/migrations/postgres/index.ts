import * as migration_20261128_224718_initial from './20261128_224718_initial';
import * as migration_20261129_014659_admin_reliability_read_paths from './20261129_014659_admin_reliability_read_paths';

export const migrations = [
  {
    up: migration_20261128_224718_initial.up,
    down: migration_20261128_224718_initial.down,
    name: '20261128_224718_initial',
  },
  {
    up: migration_20261129_014659_admin_reliability_read_paths.up,
    down: migration_20261129_014659_admin_reliability_read_paths.down,
    name: '20261129_014659_admin_reliability_read_paths'
  },
];
