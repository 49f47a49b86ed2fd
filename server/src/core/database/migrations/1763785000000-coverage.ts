import { MigrationInterface, QueryRunner } from 'typeorm';

/** Coverage: members' checklist ticks and dismissed language-check marks. */
export class Coverage1763785000000 implements MigrationInterface {
  name = 'Coverage1763785000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "check_dismissal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "clause_id" uuid NOT NULL, "rule_id" character varying(40) NOT NULL, "excerpt" text NOT NULL, "fingerprint" character varying(32) NOT NULL, "reason" text NOT NULL, "dismissed_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_check_dismissal" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_check_dismissal_draft" ON "check_dismissal" ("draft_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_check_dismissal_clause_fingerprint" ON "check_dismissal" ("clause_id", "fingerprint") `,
    );
    await queryRunner.query(
      `CREATE TABLE "checklist_tick" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "item_id" character varying(120) NOT NULL, "clause_id" uuid NOT NULL, "ticked_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_checklist_tick" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_checklist_tick_draft_item" ON "checklist_tick" ("draft_id", "item_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "check_dismissal" ADD CONSTRAINT "fk_check_dismissal_draft" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "check_dismissal" ADD CONSTRAINT "fk_check_dismissal_user" FOREIGN KEY ("dismissed_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "checklist_tick" ADD CONSTRAINT "fk_checklist_tick_draft" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "checklist_tick" ADD CONSTRAINT "fk_checklist_tick_user" FOREIGN KEY ("ticked_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "checklist_tick" DROP CONSTRAINT "fk_checklist_tick_user"`);
    await queryRunner.query(`ALTER TABLE "checklist_tick" DROP CONSTRAINT "fk_checklist_tick_draft"`);
    await queryRunner.query(`ALTER TABLE "check_dismissal" DROP CONSTRAINT "fk_check_dismissal_user"`);
    await queryRunner.query(`ALTER TABLE "check_dismissal" DROP CONSTRAINT "fk_check_dismissal_draft"`);
    await queryRunner.query(`DROP INDEX "public"."uq_checklist_tick_draft_item"`);
    await queryRunner.query(`DROP TABLE "checklist_tick"`);
    await queryRunner.query(`DROP INDEX "public"."uq_check_dismissal_clause_fingerprint"`);
    await queryRunner.query(`DROP INDEX "public"."ix_check_dismissal_draft"`);
    await queryRunner.query(`DROP TABLE "check_dismissal"`);
  }
}
