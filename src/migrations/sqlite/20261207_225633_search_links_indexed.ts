import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_documents_linked\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`link\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`search_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_documents_linked_order_idx\` ON \`search_documents_linked\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`search_documents_linked_parent_id_idx\` ON \`search_documents_linked\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_documents_linked_link_idx\` ON \`search_documents_linked\` (\`link\`);`)
  // Written by hand: the rows already indexed keep their fan-out. Each \`|a|b|\` list of links
  // becomes one row per entry, so renaming a person still refreshes the rows that link them,
  // without indexing every story again. The \`links\` column stays: a refresh reads it.
  await db.run(sql`WITH RECURSIVE parts(parent, rest, link, position) AS (
    SELECT id, substr(links, 2), NULL, 0 FROM \`search_documents\` WHERE links IS NOT NULL AND links <> ''
    UNION ALL
    SELECT parent, substr(rest, instr(rest, '|') + 1), substr(rest, 1, instr(rest, '|') - 1), position + 1
    FROM parts WHERE instr(rest, '|') > 0
  )
  INSERT INTO \`search_documents_linked\` (\`_order\`, \`_parent_id\`, \`id\`, \`link\`)
  SELECT position, parent, lower(hex(randomblob(12))), link FROM parts WHERE link <> '';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`search_documents_linked\`;`)
}
