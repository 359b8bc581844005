import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_import_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`message\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_import_notes_order_idx\` ON \`articles_import_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_import_notes_parent_id_idx\` ON \`articles_import_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_import_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`message\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_import_notes_order_idx\` ON \`_articles_v_version_import_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_import_notes_parent_id_idx\` ON \`_articles_v_version_import_notes\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles_quotes\` ADD \`speaker_description\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`wire_photo_caption\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`wire_photo_credit_line\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`needs_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`articles_needs_review_idx\` ON \`articles\` (\`needs_review\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_quotes\` ADD \`speaker_description\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_wire_photo_caption\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_wire_photo_credit_line\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_needs_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_needs_review_idx\` ON \`_articles_v\` (\`version_needs_review\`);`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`pronoun\` text;`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`needs_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`found_in\` text;`)
  await db.run(sql`CREATE INDEX \`people_needs_review_idx\` ON \`people\` (\`needs_review\`);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`needs_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`found_in\` text;`)
  await db.run(sql`CREATE INDEX \`organizations_needs_review_idx\` ON \`organizations\` (\`needs_review\`);`)
  await db.run(sql`ALTER TABLE \`tags\` ADD \`needs_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`tags\` ADD \`found_in\` text;`)
  await db.run(sql`CREATE INDEX \`tags_needs_review_idx\` ON \`tags\` (\`needs_review\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_import_notes\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_import_notes\`;`)
  await db.run(sql`DROP INDEX \`articles_needs_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`wire_photo_caption\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`wire_photo_credit_line\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`needs_review\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_needs_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_wire_photo_caption\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_wire_photo_credit_line\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_needs_review\`;`)
  await db.run(sql`DROP INDEX \`people_needs_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`people\` DROP COLUMN \`pronoun\`;`)
  await db.run(sql`ALTER TABLE \`people\` DROP COLUMN \`needs_review\`;`)
  await db.run(sql`ALTER TABLE \`people\` DROP COLUMN \`found_in\`;`)
  await db.run(sql`DROP INDEX \`organizations_needs_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`needs_review\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`found_in\`;`)
  await db.run(sql`DROP INDEX \`tags_needs_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`tags\` DROP COLUMN \`needs_review\`;`)
  await db.run(sql`ALTER TABLE \`tags\` DROP COLUMN \`found_in\`;`)
  await db.run(sql`ALTER TABLE \`articles_quotes\` DROP COLUMN \`speaker_description\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_quotes\` DROP COLUMN \`speaker_description\`;`)
}
