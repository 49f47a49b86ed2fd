import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Collaborative minutes: a meeting's minutes become a Yjs document with its own durable update
 * log, like a draft's (`meeting.minutes` stays as the plain-text mirror the packet reads).
 */
export class Minutes1763785200000 implements MigrationInterface {
  name = 'Minutes1763785200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "minutes_update" ("meeting_id" uuid NOT NULL, "seq" BIGSERIAL NOT NULL, "update" bytea NOT NULL, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_minutes_update" PRIMARY KEY ("meeting_id", "seq"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes_update" ADD CONSTRAINT "fk_minutes_update_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes_update" ADD CONSTRAINT "fk_minutes_update_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minutes_update" DROP CONSTRAINT "fk_minutes_update_user"`);
    await queryRunner.query(`ALTER TABLE "minutes_update" DROP CONSTRAINT "fk_minutes_update_meeting"`);
    await queryRunner.query(`DROP TABLE "minutes_update"`);
  }
}
