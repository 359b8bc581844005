import * as migration_20261128_224711_initial from './20261128_224711_initial';
import * as migration_20261129_014651_admin_reliability_read_paths from './20261129_014651_admin_reliability_read_paths';
import * as migration_20261207_071113_delivery_read_model from './20261207_071113_delivery_read_model';
import * as migration_20261207_080402_search_index from './20261207_080402_search_index';
import * as migration_20261207_082654_webhooks from './20261207_082654_webhooks';

export const migrations = [
  {
    up: migration_20261128_224711_initial.up,
    down: migration_20261128_224711_initial.down,
    name: '20261128_224711_initial',
  },
  {
    up: migration_20261129_014651_admin_reliability_read_paths.up,
    down: migration_20261129_014651_admin_reliability_read_paths.down,
    name: '20261129_014651_admin_reliability_read_paths',
  },
  {
    up: migration_20261207_071113_delivery_read_model.up,
    down: migration_20261207_071113_delivery_read_model.down,
    name: '20261207_071113_delivery_read_model',
  },
  {
    up: migration_20261207_080402_search_index.up,
    down: migration_20261207_080402_search_index.down,
    name: '20261207_080402_search_index',
  },
  {
    up: migration_20261207_082654_webhooks.up,
    down: migration_20261207_082654_webhooks.down,
    name: '20261207_082654_webhooks'
  },
];
