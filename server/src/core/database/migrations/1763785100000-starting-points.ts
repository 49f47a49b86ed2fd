import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Starting points and dissent: how a draft began, the department policy it was imported from
 * (kept unchangeable: a trigger refuses any UPDATE of a baseline row), and minority reports
 * with their co-signers.
 */
export class StartingPoints1763785100000 implements MigrationInterface {
  name = 'StartingPoints1763785100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "policy_baseline" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "source_name" character varying(200) NOT NULL, "source_kind" character varying(8) NOT NULL, "source_text" text NOT NULL, "sha256" character(64) NOT NULL, "clauses" jsonb NOT NULL, "created_by_id" uuid, "created_by_name" character varying(80) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5aef17af2db811f088941bf2203" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_policy_baseline_draft" ON "policy_baseline" ("draft_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_policy_baseline_board" ON "policy_baseline" ("board_id") `);
    await queryRunner.query(
      `CREATE TABLE "minority_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "clause_id" uuid, "question_id" uuid, "title" character varying(200) NOT NULL, "body" text NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2acaaf677ef8dd6e42cf1eab9f4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_minority_report_question" ON "minority_report" ("question_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_minority_report_draft" ON "minority_report" ("draft_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "minority_report_signatory" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2f6532abdcbe84de1feaa4a6e1b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_minority_report_signatory" ON "minority_report_signatory" ("report_id", "user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "draft" ADD "starting_point" character varying(8) NOT NULL DEFAULT 'BLANK'`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_baseline" ADD CONSTRAINT "fk_policy_baseline_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_baseline" ADD CONSTRAINT "fk_policy_baseline_draft" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_baseline" ADD CONSTRAINT "fk_policy_baseline_created_by" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minority_report" ADD CONSTRAINT "fk_minority_report_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minority_report" ADD CONSTRAINT "fk_minority_report_draft" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minority_report" ADD CONSTRAINT "fk_minority_report_question" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minority_report" ADD CONSTRAINT "fk_minority_report_author" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minority_report_signatory" ADD CONSTRAINT "fk_minority_report_signatory_report" FOREIGN KEY ("report_id") REFERENCES "minority_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minority_report_signatory" ADD CONSTRAINT "fk_minority_report_signatory_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE FUNCTION policy_baseline_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'policy_baseline rows never change' USING ERRCODE = 'restrict_violation';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER tr_policy_baseline_immutable BEFORE UPDATE ON "policy_baseline" FOR EACH ROW EXECUTE FUNCTION policy_baseline_immutable()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tr_policy_baseline_immutable ON "policy_baseline"`);
    await queryRunner.query(`DROP FUNCTION policy_baseline_immutable()`);
    await queryRunner.query(
      `ALTER TABLE "minority_report_signatory" DROP CONSTRAINT "fk_minority_report_signatory_user"`,
    );
    await queryRunner.query(
      `ALTER TABLE "minority_report_signatory" DROP CONSTRAINT "fk_minority_report_signatory_report"`,
    );
    await queryRunner.query(`ALTER TABLE "minority_report" DROP CONSTRAINT "fk_minority_report_author"`);
    await queryRunner.query(`ALTER TABLE "minority_report" DROP CONSTRAINT "fk_minority_report_question"`);
    await queryRunner.query(`ALTER TABLE "minority_report" DROP CONSTRAINT "fk_minority_report_draft"`);
    await queryRunner.query(`ALTER TABLE "minority_report" DROP CONSTRAINT "fk_minority_report_board"`);
    await queryRunner.query(`ALTER TABLE "policy_baseline" DROP CONSTRAINT "fk_policy_baseline_created_by"`);
    await queryRunner.query(`ALTER TABLE "policy_baseline" DROP CONSTRAINT "fk_policy_baseline_draft"`);
    await queryRunner.query(`ALTER TABLE "policy_baseline" DROP CONSTRAINT "fk_policy_baseline_board"`);
    await queryRunner.query(`ALTER TABLE "draft" DROP COLUMN "starting_point"`);
    await queryRunner.query(`DROP INDEX "public"."uq_minority_report_signatory"`);
    await queryRunner.query(`DROP TABLE "minority_report_signatory"`);
    await queryRunner.query(`DROP INDEX "public"."ix_minority_report_draft"`);
    await queryRunner.query(`DROP INDEX "public"."ix_minority_report_question"`);
    await queryRunner.query(`DROP TABLE "minority_report"`);
    await queryRunner.query(`DROP INDEX "public"."ix_policy_baseline_board"`);
    await queryRunner.query(`DROP INDEX "public"."uq_policy_baseline_draft"`);
    await queryRunner.query(`DROP TABLE "policy_baseline"`);
  }
}
