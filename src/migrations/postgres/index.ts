import * as migration_20261128_224718_initial from './20261128_224718_initial';
import * as migration_20261129_014659_admin_reliability_read_paths from './20261129_014659_admin_reliability_read_paths';
import * as migration_20261129_063201_version_history_index from './20261129_063201_version_history_index';
import * as migration_20261207_071149_delivery_read_model from './20261207_071149_delivery_read_model';
import * as migration_20261207_080441_search_index from './20261207_080441_search_index';
import * as migration_20261207_082739_webhooks from './20261207_082739_webhooks';

export const migrations = [
  {
    up: migration_20261128_224718_initial.up,
    down: migration_20261128_224718_initial.down,
    name: '20261128_224718_initial',
  },
  {
    up: migration_20261129_014659_admin_reliability_read_paths.up,
    down: migration_20261129_014659_admin_reliability_read_paths.down,
    name: '20261129_014659_admin_reliability_read_paths',
  },
  {
    up: migration_20261129_063201_version_history_index.up,
    down: migration_20261129_063201_version_history_index.down,
    name: '20261129_063201_version_history_index',
  },
  {
    up: migration_20261207_071149_delivery_read_model.up,
    down: migration_20261207_071149_delivery_read_model.down,
    name: '20261207_071149_delivery_read_model',
  },
  {
    up: migration_20261207_080441_search_index.up,
    down: migration_20261207_080441_search_index.down,
    name: '20261207_080441_search_index',
  },
  {
    up: migration_20261207_082739_webhooks.up,
    down: migration_20261207_082739_webhooks.down,
    name: '20261207_082739_webhooks'
  },
];
