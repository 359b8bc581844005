import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "search_documents_linked" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link" varchar NOT NULL
  );
  
  ALTER TABLE "search_documents_linked" ADD CONSTRAINT "search_documents_linked_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."search_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "search_documents_linked_order_idx" ON "search_documents_linked" USING btree ("_order");
  CREATE INDEX "search_documents_linked_parent_id_idx" ON "search_documents_linked" USING btree ("_parent_id");
  CREATE INDEX "search_documents_linked_link_idx" ON "search_documents_linked" USING btree ("link");`)
  // Written by hand: the rows already indexed keep their fan-out. Each \`|a|b|\` list of links
  // becomes one row per entry, so renaming a person still refreshes the rows that link them,
  // without indexing every story again. The \`links\` column stays: a refresh reads it.
  await db.execute(sql`
  INSERT INTO "search_documents_linked" ("_order", "_parent_id", "id", "link")
  SELECT entry.position, d.id, gen_random_uuid()::text, entry.link
  FROM "search_documents" d,
    unnest(string_to_array(trim(both '|' from d.links), '|')) WITH ORDINALITY AS entry(link, position)
  WHERE d.links IS NOT NULL AND entry.link <> '';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "search_documents_linked" CASCADE;`)
}
