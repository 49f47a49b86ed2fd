import { MigrationInterface, QueryRunner } from 'typeorm';

/** Live co-editing: the durable Yjs log of each draft and the clause rows mirrored from it. */
export class Collab1763784300000 implements MigrationInterface {
  name = 'Collab1763784300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "draft_update" ("draft_id" uuid NOT NULL, "seq" BIGSERIAL NOT NULL, "update" bytea NOT NULL, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_draft_update" PRIMARY KEY ("draft_id", "seq"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "clause" ("id" uuid NOT NULL, "draft_id" uuid NOT NULL, "position" integer NOT NULL, "heading" text NOT NULL, "plain_text" text NOT NULL, "component_ids" text array NOT NULL DEFAULT '{}', "text_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_clause_draft_position" UNIQUE ("draft_id", "position") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "pk_clause" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "draft_update" ADD CONSTRAINT "fk_draft_update_draft" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "draft_update" ADD CONSTRAINT "fk_draft_update_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clause" ADD CONSTRAINT "fk_clause_draft" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clause" DROP CONSTRAINT "fk_clause_draft"`);
    await queryRunner.query(`ALTER TABLE "draft_update" DROP CONSTRAINT "fk_draft_update_user"`);
    await queryRunner.query(`ALTER TABLE "draft_update" DROP CONSTRAINT "fk_draft_update_draft"`);
    await queryRunner.query(`DROP TABLE "clause"`);
    await queryRunner.query(`DROP TABLE "draft_update"`);
  }
}
