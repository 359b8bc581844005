import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`needs_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`articles_needs_review_idx\` ON \`articles\` (\`needs_review\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_needs_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_needs_review_idx\` ON \`_articles_v\` (\`version_needs_review\`);`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`needs_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`people_needs_review_idx\` ON \`people\` (\`needs_review\`);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`needs_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`organizations_needs_review_idx\` ON \`organizations\` (\`needs_review\`);`)
  await db.run(sql`ALTER TABLE \`tags\` ADD \`needs_review\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`tags_needs_review_idx\` ON \`tags\` (\`needs_review\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_needs_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`needs_review\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_needs_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_needs_review\`;`)
  await db.run(sql`DROP INDEX \`people_needs_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`people\` DROP COLUMN \`needs_review\`;`)
  await db.run(sql`DROP INDEX \`organizations_needs_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`needs_review\`;`)
  await db.run(sql`DROP INDEX \`tags_needs_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`tags\` DROP COLUMN \`needs_review\`;`)
}
