import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`delivery_stories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`story_id\` integer,
  	\`slug\` text,
  	\`section_id\` integer,
  	\`published_at\` text,
  	\`story_created_at\` text,
  	\`is_stale\` integer DEFAULT true,
  	\`stale_token\` text,
  	\`shows\` text,
  	\`depth_zero\` text,
  	\`depth_one\` text,
  	\`depth_two\` text,
  	\`ninjs\` text,
  	\`json_ld\` text,
  	\`graphql_by_slug\` text,
  	\`graphql_article_page\` text,
  	FOREIGN KEY (\`story_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`delivery_stories_story_idx\` ON \`delivery_stories\` (\`story_id\`);`)
  await db.run(sql`CREATE INDEX \`delivery_stories_slug_idx\` ON \`delivery_stories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`delivery_stories_section_idx\` ON \`delivery_stories\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`delivery_stories_is_stale_idx\` ON \`delivery_stories\` (\`is_stale\`);`)
  await db.run(sql`CREATE INDEX \`section_publishedAt_storyCreatedAt_idx\` ON \`delivery_stories\` (\`section_id\`,\`published_at\`,\`story_created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`delivery_stories_id\` integer REFERENCES delivery_stories(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delivery_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`delivery_stories_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`delivery_stories\`;`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editorial_log_id\`) REFERENCES \`editorial_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`preview_keys_id\`) REFERENCES \`preview_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "editorial_log_id", "media_id", "people_id", "organizations_id", "tags_id", "sections_id", "users_id", "preview_keys_id") SELECT "id", "order", "parent_id", "path", "articles_id", "editorial_log_id", "media_id", "people_id", "organizations_id", "tags_id", "sections_id", "users_id", "preview_keys_id" FROM \`payload_locked_documents_rels\`;`)
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
}
