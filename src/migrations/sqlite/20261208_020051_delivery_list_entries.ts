import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`delivery_list_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`list\` text NOT NULL,
  	\`story_id\` integer,
  	\`published_at\` text,
  	\`story_created_at\` text,
  	FOREIGN KEY (\`story_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`delivery_list_entries_story_idx\` ON \`delivery_list_entries\` (\`story_id\`);`)
  await db.run(sql`CREATE INDEX \`list_publishedAt_storyCreatedAt_story_idx\` ON \`delivery_list_entries\` (\`list\`,\`published_at\`,\`story_created_at\`,\`story_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`story_list_idx\` ON \`delivery_list_entries\` (\`story_id\`,\`list\`);`)
  // Written by hand: the rows already rendered get their entries, drawn from where the lists
  // were read before (a row's section, the stories' tags and people in Payload's relationship
  // table), so the lists stay the read model's without rendering every story again. A stale row's
  // entries are rewritten by its render.
  await db.run(sql`INSERT OR IGNORE INTO \`delivery_list_entries\` (\`list\`, \`story_id\`, \`published_at\`, \`story_created_at\`)
  SELECT 'section:' || d.section_id, d.story_id, d.published_at, d.story_created_at FROM \`delivery_stories\` d
  WHERE d.section_id IS NOT NULL AND d.story_id IS NOT NULL
  UNION ALL
  SELECT r.path || ':' || coalesce(r.tags_id, r.people_id), d.story_id, d.published_at, d.story_created_at
  FROM \`articles_rels\` r JOIN \`delivery_stories\` d ON d.story_id = r.parent_id
  WHERE (r.path = 'tags' AND r.tags_id IS NOT NULL) OR (r.path = 'people' AND r.people_id IS NOT NULL);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`delivery_list_entries_id\` integer REFERENCES delivery_list_entries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delivery_list_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`delivery_list_entries_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`delivery_list_entries\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`editorial_log_id\` integer,
  	\`media_id\` integer,
  	\`people_id\` integer,
  	\`organizations_id\` integer,
  	\`tags_id\` integer,
  	\`sections_id\` integer,
  	\`users_id\` integer,
  	\`preview_keys_id\` integer,
  	\`delivery_stories_id\` integer,
  	\`search_documents_id\` integer,
  	\`webhook_endpoints_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editorial_log_id\`) REFERENCES \`editorial_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`preview_keys_id\`) REFERENCES \`preview_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`delivery_stories_id\`) REFERENCES \`delivery_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_documents_id\`) REFERENCES \`search_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_endpoints_id\`) REFERENCES \`webhook_endpoints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "editorial_log_id", "media_id", "people_id", "organizations_id", "tags_id", "sections_id", "users_id", "preview_keys_id", "delivery_stories_id", "search_documents_id", "webhook_endpoints_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "articles_id", "editorial_log_id", "media_id", "people_id", "organizations_id", "tags_id", "sections_id", "users_id", "preview_keys_id", "delivery_stories_id", "search_documents_id", "webhook_endpoints_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editorial_log_id_idx\` ON \`payload_locked_documents_rels\` (\`editorial_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sections_id_idx\` ON \`payload_locked_documents_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_preview_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`preview_keys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delivery_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`delivery_stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`search_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_endpoints_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_endpoints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
}
