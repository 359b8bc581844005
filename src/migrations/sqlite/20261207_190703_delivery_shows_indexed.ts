import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`delivery_stories_shows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`shown\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`delivery_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`delivery_stories_shows_order_idx\` ON \`delivery_stories_shows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`delivery_stories_shows_parent_id_idx\` ON \`delivery_stories_shows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`delivery_stories_shows_shown_idx\` ON \`delivery_stories_shows\` (\`shown\`);`)
  // Written by hand: the rows already rendered keep their fan-out. Each \`|a|b|\` list becomes one
  // row per entry, so a change to a document still finds the stories that show it, without
  // rendering every story again (at 100 000 stories, an hour).
  await db.run(sql`WITH RECURSIVE parts(parent, rest, shown, position) AS (
    SELECT id, substr(shows, 2), NULL, 0 FROM \`delivery_stories\` WHERE shows IS NOT NULL
    UNION ALL
    SELECT parent, substr(rest, instr(rest, '|') + 1), substr(rest, 1, instr(rest, '|') - 1), position + 1
    FROM parts WHERE instr(rest, '|') > 0
  )
  INSERT INTO \`delivery_stories_shows\` (\`_order\`, \`_parent_id\`, \`id\`, \`shown\`)
  SELECT position, parent, lower(hex(randomblob(12))), shown FROM parts WHERE shown <> '';`)
  await db.run(sql`ALTER TABLE \`delivery_stories\` DROP COLUMN \`shows\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`delivery_stories\` ADD \`shows\` text;`)
  // Written by hand: the lists go back into the column they came from.
  await db.run(sql`UPDATE \`delivery_stories\` SET shows = '|' || coalesce((SELECT group_concat(shown, '|' ORDER BY s._order) FROM \`delivery_stories_shows\` s WHERE s._parent_id = \`delivery_stories\`.id), '') || '|';`)
  await db.run(sql`DROP TABLE \`delivery_stories_shows\`;`)
}
