import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`section_publishedAt_storyCreatedAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`section_publishedAt_storyCreatedAt_story_idx\` ON \`delivery_stories\` (\`section_id\`,\`published_at\`,\`story_created_at\`,\`story_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`section_publishedAt_storyCreatedAt_story_idx\`;`)
  await db.run(sql`CREATE INDEX \`section_publishedAt_storyCreatedAt_idx\` ON \`delivery_stories\` (\`section_id\`,\`published_at\`,\`story_created_at\`);`)
}
