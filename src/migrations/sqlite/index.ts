import * as migration_20261128_224711_initial from './20261128_224711_initial';
import * as migration_20261129_014651_admin_reliability_read_paths from './20261129_014651_admin_reliability_read_paths';
import * as migration_20261207_055951_wire_review_queue from './20261207_055951_wire_review_queue';
import * as migration_20261207_085330_media_in_story_bodies from './20261207_085330_media_in_story_bodies';
import * as migration_20261207_085643_delivery_read_model from './20261207_085643_delivery_read_model';
import * as migration_20261207_090212_search_index_and_webhooks from './20261207_090212_search_index_and_webhooks';
import * as migration_20261207_124726_delivery_list_counts_from_index from './20261207_124726_delivery_list_counts_from_index';
import * as migration_20261207_190703_delivery_shows_indexed from './20261207_190703_delivery_shows_indexed';
import * as migration_20261207_225633_search_links_indexed from './20261207_225633_search_links_indexed';
import * as migration_20261208_020051_delivery_list_entries from './20261208_020051_delivery_list_entries';

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
    up: migration_20261207_055951_wire_review_queue.up,
    down: migration_20261207_055951_wire_review_queue.down,
    name: '20261207_055951_wire_review_queue',
  },
  {
    up: migration_20261207_085330_media_in_story_bodies.up,
    down: migration_20261207_085330_media_in_story_bodies.down,
    name: '20261207_085330_media_in_story_bodies',
  },
  {
    up: migration_20261207_085643_delivery_read_model.up,
    down: migration_20261207_085643_delivery_read_model.down,
    name: '20261207_085643_delivery_read_model',
  },
  {
    up: migration_20261207_090212_search_index_and_webhooks.up,
    down: migration_20261207_090212_search_index_and_webhooks.down,
    name: '20261207_090212_search_index_and_webhooks',
  },
  {
    up: migration_20261207_124726_delivery_list_counts_from_index.up,
    down: migration_20261207_124726_delivery_list_counts_from_index.down,
    name: '20261207_124726_delivery_list_counts_from_index',
  },
  {
    up: migration_20261207_190703_delivery_shows_indexed.up,
    down: migration_20261207_190703_delivery_shows_indexed.down,
    name: '20261207_190703_delivery_shows_indexed',
  },
  {
    up: migration_20261207_225633_search_links_indexed.up,
    down: migration_20261207_225633_search_links_indexed.down,
    name: '20261207_225633_search_links_indexed',
  },
  {
    up: migration_20261208_020051_delivery_list_entries.up,
    down: migration_20261208_020051_delivery_list_entries.down,
    name: '20261208_020051_delivery_list_entries'
  },
];
