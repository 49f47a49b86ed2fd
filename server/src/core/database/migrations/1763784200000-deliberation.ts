import { MigrationInterface, QueryRunner } from 'typeorm';

/** Deliberation: questions and ballots, comments, amendments, meetings, and the append-only audit log. */
export class Deliberation1763784200000 implements MigrationInterface {
  name = 'Deliberation1763784200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "board_id" uuid NOT NULL, "actor_id" uuid, "actor_name" character varying(80), "action" character varying(64) NOT NULL, "target_type" character varying(32) NOT NULL, "target_id" uuid, "data" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_board_created" ON "audit_event" ("board_id", "created_at") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."meeting_state" AS ENUM('SCHEDULED', 'OPEN', 'CLOSED')`);
    await queryRunner.query(
      `CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "draft_id" uuid, "title" character varying(160) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL DEFAULT '90', "location" character varying(200), "link" character varying(500), "state" "public"."meeting_state" NOT NULL DEFAULT 'SCHEDULED', "quorum_count" integer, "quorum_percent" integer, "current_item_id" uuid, "minutes" text NOT NULL DEFAULT '', "minutes_version" integer NOT NULL DEFAULT '0', "decisions" text, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_meeting_board_starts" ON "meeting" ("board_id", "starts_at") `);
    await queryRunner.query(
      `CREATE TYPE "public"."question_subject" AS ENUM('CLAUSE', 'AMENDMENTS', 'DRAFT', 'MOTION')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."question_kind" AS ENUM('APPROVAL', 'CHOICE', 'RANKED')`);
    await queryRunner.query(
      `CREATE TYPE "public"."vote_threshold" AS ENUM('PLURALITY', 'SIMPLE_MAJORITY', 'TWO_THIRDS', 'CONSENSUS')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."quorum_base" AS ENUM('ELIGIBLE', 'PRESENT')`);
    await queryRunner.query(`CREATE TYPE "public"."question_state" AS ENUM('DRAFT', 'OPEN', 'CLOSED')`);
    await queryRunner.query(
      `CREATE TABLE "question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "draft_id" uuid, "clause_id" uuid, "meeting_id" uuid, "subject" "public"."question_subject" NOT NULL, "prompt" character varying(500) NOT NULL, "kind" "public"."question_kind" NOT NULL, "threshold" "public"."vote_threshold" NOT NULL, "options" jsonb NOT NULL DEFAULT '[]', "quorum_count" integer, "quorum_percent" integer, "quorum_base" "public"."quorum_base" NOT NULL DEFAULT 'ELIGIBLE', "secret" boolean NOT NULL DEFAULT false, "live_results" boolean NOT NULL DEFAULT false, "deadline" TIMESTAMP WITH TIME ZONE, "state" "public"."question_state" NOT NULL, "round" integer NOT NULL DEFAULT '1', "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "open_text" jsonb, "open_text_hash" character(64), "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_21e5786aa0ea704ae185a79b2d5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_question_due" ON "question" ("deadline") WHERE state = 'OPEN' AND deadline IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_question_meeting" ON "question" ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "ix_question_draft" ON "question" ("draft_id") `);
    await queryRunner.query(`CREATE INDEX "ix_question_board" ON "question" ("board_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "ballot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "round" integer NOT NULL, "voter_id" uuid NOT NULL, "choice" character varying(64), "ranking" jsonb, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_20adac0e902c60e62fcb6f4cf9c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_ballot_question_round_voter" ON "ballot" ("question_id", "round", "voter_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "question_result" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "round" integer NOT NULL, "tally" jsonb NOT NULL, "outcome" character varying(16) NOT NULL, "winner" character varying(64), "dissents" jsonb NOT NULL DEFAULT '[]', "recorded_votes" jsonb, "voted_text" jsonb NOT NULL, "text_at_close" jsonb, "text_hash_at_open" character(64) NOT NULL, "text_hash_at_close" character(64) NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_by_id" uuid, "close_reason" character varying(16) NOT NULL, CONSTRAINT "PK_0b8006e581c661d2ad606151ad1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_question_result_round" ON "question_result" ("question_id", "round") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."amendment_status" AS ENUM('OPEN', 'VOTING', 'ADOPTED', 'REJECTED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "amendment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "clause_id" uuid NOT NULL, "author_id" uuid, "text" text NOT NULL, "rationale" text NOT NULL, "base_text" text NOT NULL, "base_text_hash" character(64) NOT NULL, "status" "public"."amendment_status" NOT NULL DEFAULT 'OPEN', "question_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "applied_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_20ea5f7928736a012e29a76cb02" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_amendment_draft_clause" ON "amendment" ("draft_id", "clause_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "draft_id" uuid NOT NULL, "clause_id" uuid NOT NULL, "amendment_id" uuid, "parent_id" uuid, "author_id" uuid, "body" text NOT NULL, "anchor" jsonb, "mentions" uuid array NOT NULL DEFAULT '{}', "edited_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, "deleted_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by_id" uuid, "hidden_reason" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_comment_amendment" ON "comment" ("amendment_id") `);
    await queryRunner.query(`CREATE INDEX "ix_comment_parent" ON "comment" ("parent_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_comment_draft_clause" ON "comment" ("draft_id", "clause_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "amendment_support" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "amendment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_10f456313e58e0f411a8626166d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_amendment_support_member" ON "amendment_support" ("amendment_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."agenda_item_kind" AS ENUM('CLAUSE', 'AMENDMENT', 'QUESTION', 'FREE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "agenda_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "kind" "public"."agenda_item_kind" NOT NULL, "title" character varying(200) NOT NULL, "notes" text NOT NULL DEFAULT '', "clause_id" uuid, "amendment_id" uuid, "question_id" uuid, "time_box_minutes" integer, "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_413623e61232799619c2e0a1d42" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_agenda_item_meeting" ON "agenda_item" ("meeting_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, "checked_in_at" TIMESTAMP WITH TIME ZONE NOT NULL, "left_at" TIMESTAMP WITH TIME ZONE, "marked_by_id" uuid, CONSTRAINT "PK_ee0ffe42c1f1a01e72b725c0cb2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_attendance_meeting_user" ON "attendance" ("meeting_id", "user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "fk_meeting_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "fk_meeting_draft" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question" ADD CONSTRAINT "fk_question_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question" ADD CONSTRAINT "fk_question_draft" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question" ADD CONSTRAINT "fk_question_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot" ADD CONSTRAINT "fk_ballot_question" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot" ADD CONSTRAINT "fk_ballot_voter" FOREIGN KEY ("voter_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_result" ADD CONSTRAINT "fk_question_result_question" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "amendment" ADD CONSTRAINT "fk_amendment_draft" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "amendment" ADD CONSTRAINT "fk_amendment_author" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "fk_comment_draft" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "fk_comment_amendment" FOREIGN KEY ("amendment_id") REFERENCES "amendment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "fk_comment_parent" FOREIGN KEY ("parent_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "fk_comment_author" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "amendment_support" ADD CONSTRAINT "fk_amendment_support_amendment" FOREIGN KEY ("amendment_id") REFERENCES "amendment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "amendment_support" ADD CONSTRAINT "fk_amendment_support_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "fk_agenda_item_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "fk_agenda_item_amendment" FOREIGN KEY ("amendment_id") REFERENCES "amendment"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "fk_agenda_item_question" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "fk_attendance_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "fk_attendance_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The audit log is append-only, for the app too.
    await queryRunner.query(
      `CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_update_delete ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "fk_attendance_user"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "fk_attendance_meeting"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "fk_agenda_item_question"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "fk_agenda_item_amendment"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "fk_agenda_item_meeting"`);
    await queryRunner.query(`ALTER TABLE "amendment_support" DROP CONSTRAINT "fk_amendment_support_user"`);
    await queryRunner.query(
      `ALTER TABLE "amendment_support" DROP CONSTRAINT "fk_amendment_support_amendment"`,
    );
    await queryRunner.query(`ALTER TABLE "comment" DROP CONSTRAINT "fk_comment_author"`);
    await queryRunner.query(`ALTER TABLE "comment" DROP CONSTRAINT "fk_comment_parent"`);
    await queryRunner.query(`ALTER TABLE "comment" DROP CONSTRAINT "fk_comment_amendment"`);
    await queryRunner.query(`ALTER TABLE "comment" DROP CONSTRAINT "fk_comment_draft"`);
    await queryRunner.query(`ALTER TABLE "amendment" DROP CONSTRAINT "fk_amendment_author"`);
    await queryRunner.query(`ALTER TABLE "amendment" DROP CONSTRAINT "fk_amendment_draft"`);
    await queryRunner.query(`ALTER TABLE "question_result" DROP CONSTRAINT "fk_question_result_question"`);
    await queryRunner.query(`ALTER TABLE "ballot" DROP CONSTRAINT "fk_ballot_voter"`);
    await queryRunner.query(`ALTER TABLE "ballot" DROP CONSTRAINT "fk_ballot_question"`);
    await queryRunner.query(`ALTER TABLE "question" DROP CONSTRAINT "fk_question_meeting"`);
    await queryRunner.query(`ALTER TABLE "question" DROP CONSTRAINT "fk_question_draft"`);
    await queryRunner.query(`ALTER TABLE "question" DROP CONSTRAINT "fk_question_board"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "fk_meeting_draft"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "fk_meeting_board"`);
    await queryRunner.query(`DROP INDEX "public"."uq_attendance_meeting_user"`);
    await queryRunner.query(`DROP TABLE "attendance"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agenda_item_meeting"`);
    await queryRunner.query(`DROP TABLE "agenda_item"`);
    await queryRunner.query(`DROP TYPE "public"."agenda_item_kind"`);
    await queryRunner.query(`DROP INDEX "public"."uq_amendment_support_member"`);
    await queryRunner.query(`DROP TABLE "amendment_support"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comment_draft_clause"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comment_parent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comment_amendment"`);
    await queryRunner.query(`DROP TABLE "comment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_amendment_draft_clause"`);
    await queryRunner.query(`DROP TABLE "amendment"`);
    await queryRunner.query(`DROP TYPE "public"."amendment_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_question_result_round"`);
    await queryRunner.query(`DROP TABLE "question_result"`);
    await queryRunner.query(`DROP INDEX "public"."uq_ballot_question_round_voter"`);
    await queryRunner.query(`DROP TABLE "ballot"`);
    await queryRunner.query(`DROP INDEX "public"."ix_question_board"`);
    await queryRunner.query(`DROP INDEX "public"."ix_question_draft"`);
    await queryRunner.query(`DROP INDEX "public"."ix_question_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."ix_question_due"`);
    await queryRunner.query(`DROP TABLE "question"`);
    await queryRunner.query(`DROP TYPE "public"."question_state"`);
    await queryRunner.query(`DROP TYPE "public"."quorum_base"`);
    await queryRunner.query(`DROP TYPE "public"."vote_threshold"`);
    await queryRunner.query(`DROP TYPE "public"."question_kind"`);
    await queryRunner.query(`DROP TYPE "public"."question_subject"`);
    await queryRunner.query(`DROP INDEX "public"."ix_meeting_board_starts"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_state"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_board_created"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
